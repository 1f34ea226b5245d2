defmodule MyApp.Catalog do
  @moduledoc """
  Owns the catalog table and fills it from the database in init/1; it handles no message. The children after it
  read the table by name, so it must be full when this init/1 returns: the load is the point, not a slow start.
  """
  use GenServer

  @table :catalog

  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

  def lookup(id), do: :ets.lookup(@table, id)

  @impl true
  def init(state) do
    :ets.new(@table, [:named_table, :protected, read_concurrency: true])
    :ets.insert(@table, Enum.map(MyApp.Repo.all(MyApp.Template), &{&1.id, &1}))
    {:ok, state}
  end
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [MyApp.Catalog]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
