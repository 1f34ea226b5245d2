defmodule MyApp.Worker do
  @moduledoc "The seed's own get_or_start/1: two callers that miss the lookup both start."
  use GenServer

  def start_link(id) do
    GenServer.start_link(__MODULE__, id, name: via_tuple(id))
  end

  def get_or_start(id) do
    case Registry.lookup(MyApp.Registry, id) do
      [{pid, _}] -> {:ok, pid}
      [] -> DynamicSupervisor.start_child(MyApp.WorkerSupervisor, {__MODULE__, id}) # expect: OTP011
    end
  end

  def record(pid, event), do: GenServer.cast(pid, {:record, event})

  defp via_tuple(id), do: {:via, Registry, {MyApp.Registry, id}}

  @impl true
  def init(id) do
    Process.send_after(self(), :flush, 5_000)
    {:ok, %{id: id, events: []}}
  end

  @impl true
  def handle_cast({:record, event}, state), do: {:noreply, %{state | events: [event | state.events]}}

  @impl true
  def handle_info(:flush, state) do
    MyApp.Events.store(state.id, state.events)
    Process.send_after(self(), :flush, 5_000)
    {:noreply, %{state | events: []}}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.WorkerSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
