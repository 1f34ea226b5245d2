defmodule MyApp.Packages.Cache do
  @moduledoc """
  Package metadata cache. Reads go straight to ETS from the caller's process;
  the GenServer only owns the table and serializes writes.
  """
  use GenServer

  @table __MODULE__

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def lookup(name) do
    case :ets.lookup(@table, name) do
      [{^name, package}] -> {:ok, package}
      [] -> :miss
    end
  end

  def store(name, package), do: GenServer.call(__MODULE__, {:store, name, package})

  @impl true
  def init(:ok) do
    :ets.new(@table, [:named_table, :protected, :set, read_concurrency: true])
    {:ok, nil}
  end

  @impl true
  def handle_call({:store, name, package}, _from, state) do
    :ets.insert(@table, {name, package})
    {:reply, :ok, state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Packages.Cache]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
