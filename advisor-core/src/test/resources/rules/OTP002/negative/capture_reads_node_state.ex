defmodule MyApp.Runtime.Server do
  @moduledoc """
  Runs on a runtime node: the reply depends on which applications that node has loaded,
  read through a helper passed as a capture (livebook's RuntimeServer shape).
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  def has_dependencies?(pid, deps), do: GenServer.call(pid, {:has_dependencies?, deps})

  @impl true
  def init(opts), do: {:ok, %{opts: opts, calls: 0}}

  @impl true
  def handle_call({:has_dependencies?, deps}, _from, state) do
    installed? = Enum.all?(deps, &dependency_installed?/1)
    {:reply, installed?, state}
  end

  def handle_call(:count, _from, state), do: {:reply, state.calls, %{state | calls: state.calls + 1}}

  defp dependency_installed?(dep) do
    name = elem(dep, 0)
    Application.spec(name) != nil
  end
end
