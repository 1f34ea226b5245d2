defmodule MyApp.Math.Calculator do
  @moduledoc "Arithmetic behind a process: the state is an empty map nobody reads."
  use GenServer # expect: OTP001

  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  def add(a, b), do: GenServer.call(__MODULE__, {:add, a, b})
  def mean(numbers), do: GenServer.call(__MODULE__, {:mean, numbers})

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:add, a, b}, _from, state), do: {:reply, a + b, state} # expect: OTP002

  def handle_call({:mean, numbers}, _from, state) do # expect: OTP002
    {:reply, Enum.sum(numbers) / length(numbers), state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Math.Calculator]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
