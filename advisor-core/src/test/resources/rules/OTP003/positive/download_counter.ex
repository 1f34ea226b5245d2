defmodule MyApp.Downloads.Counter do
  @moduledoc "Counts downloads per release. One process per release for an integer."
  use GenServer # expect: OTP003

  def start_link(release_id) do
    GenServer.start_link(__MODULE__, 0, name: {:via, Registry, {MyApp.CounterRegistry, release_id}})
  end

  def bump(release_id) do
    {:ok, pid} = ensure_started(release_id)
    GenServer.call(pid, :bump)
  end

  defp ensure_started(release_id) do
    case DynamicSupervisor.start_child(MyApp.CounterSupervisor, {__MODULE__, release_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init(count), do: {:ok, count}

  @impl true
  def handle_call(:bump, _from, count), do: {:reply, count + 1, count + 1}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.CounterRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.CounterSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
