defmodule MyApp.Migrator do
  @moduledoc "A start-up step: runs the migrations in its supervisor's order, then returns :ignore."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts) do
    MyApp.Release.migrate()
    :ignore
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.Repo, MyApp.Migrator, MyApp.Endpoint], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
