defmodule P.Migrator do
  @moduledoc "Runs the migrations once at boot, then gets out of the way."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts) do
    P.Release.migrate()
    Logger.info("migrated")
    :ignore
  end
end
