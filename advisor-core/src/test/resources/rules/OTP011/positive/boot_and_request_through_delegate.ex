defmodule Chain.Loader do
  @moduledoc """
  archethic's Contracts.Loader: its init/1 loads every chain at boot, and replication loads new ones later through
  Chain.load_transaction/2, a defdelegate. Two replications of one chain race.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts) do
    Enum.each(Chain.Store.genesis_addresses(), &load_transaction(&1, :boot))
    {:ok, []}
  end

  def load_transaction(genesis, _origin) do
    case Registry.lookup(Chain.Registry, genesis) do
      [{pid, _}] -> {:ok, pid}
      [] -> {:ok, _pid} = DynamicSupervisor.start_child(Chain.WorkerSupervisor, {Chain.Worker, genesis}) # expect: OTP011
    end
  end
end

defmodule Chain do
  defdelegate load_transaction(genesis, origin), to: Chain.Loader
end

defmodule Chain.Worker do
  use GenServer

  def start_link(genesis), do: GenServer.start_link(__MODULE__, genesis, name: {:via, Registry, {Chain.Registry, genesis}})

  @impl true
  def init(genesis) do
    Process.send_after(self(), :flush, 60_000)
    {:ok, %{genesis: genesis, seen: 0}}
  end

  @impl true
  def handle_cast(:seen, state), do: {:noreply, %{state | seen: state.seen + 1}}

  @impl true
  def handle_info(:flush, state) do
    Chain.Store.seen(state.genesis, state.seen)
    Process.send_after(self(), :flush, 60_000)
    {:noreply, %{state | seen: 0}}
  end
end

defmodule ChainWeb.ReplicationController do
  use Phoenix.Controller

  def create(conn, %{"genesis" => genesis}) do
    {:ok, _} = Chain.load_transaction(genesis, :replication)
    GenServer.cast({:via, Registry, {Chain.Registry, genesis}}, :seen)
    send_resp(conn, 201, "")
  end
end

defmodule Chain.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Chain.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Chain.WorkerSupervisor},
      Chain.Loader
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Chain.Supervisor)
  end
end
