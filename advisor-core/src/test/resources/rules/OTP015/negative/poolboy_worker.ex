defmodule Warehouse.Application do
  @moduledoc "poolboy starts the workers: the module is named in the pool's options, not as a child."
  use Application

  @impl true
  def start(_type, _args) do
    pool = [name: {:local, :ledger_pool}, worker_module: Warehouse.LedgerWorker, size: 5, max_overflow: 2]
    children = [:poolboy.child_spec(:ledger_pool, pool, [])]
    Supervisor.start_link(children, strategy: :one_for_one, name: Warehouse.Supervisor)
  end
end

defmodule Warehouse.LedgerWorker do
  use GenServer

  def start_link(args), do: GenServer.start_link(__MODULE__, args)

  @impl true
  def init(_args) do
    {:ok, conn} = Warehouse.Ledger.connect()
    {:ok, %{conn: conn}}
  end

  @impl true
  def handle_call({:post, entry}, _from, state), do: {:reply, Warehouse.Ledger.post(state.conn, entry), state}
end
