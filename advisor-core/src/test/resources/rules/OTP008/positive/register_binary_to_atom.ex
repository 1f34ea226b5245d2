defmodule MyApp.Ingest.ShardWorker do
  @moduledoc """
  One worker per Kafka partition key, registering itself under a name built
  from the key. Keys come from the messages: unbounded atoms.
  """
  use GenServer

  def start_link(key), do: GenServer.start_link(__MODULE__, key)

  def ensure_started(key) do
    case DynamicSupervisor.start_child(MyApp.ShardSupervisor, {__MODULE__, key}) do
      {:ok, pid} -> {:ok, pid}
      {:error, reason} -> {:error, reason}
    end
  end

  @impl true
  def init(key) do
    Process.register(self(), :erlang.binary_to_atom("shard_" <> key, :utf8)) # expect: OTP008
    {:ok, %{key: key, pending: []}, {:continue, :schedule}}
  end

  @impl true
  def handle_continue(:schedule, state) do
    Process.send_after(self(), :flush, 1_000)
    {:noreply, state}
  end

  @impl true
  def handle_info(:flush, state) do
    MyApp.Ingest.write(state.key, Enum.reverse(state.pending))
    Process.send_after(self(), :flush, 1_000)
    {:noreply, %{state | pending: []}}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, strategy: :one_for_one, name: MyApp.ShardSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
