defmodule Ingest.Application do
  @moduledoc "Stage modules are built from configured names with Module.concat: any Ingest.Stages.* may run."
  use Application

  @impl true
  def start(_type, _args) do
    stages =
      :ingest
      |> Application.get_env(:stages, ["Parse", "Enrich"])
      |> Enum.map(fn name -> {Module.concat(Ingest.Stages, name), []} end)

    Supervisor.start_link(stages, strategy: :one_for_one, name: Ingest.Supervisor)
  end
end

defmodule Ingest.Stages.Enrich do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def enrich(event), do: GenServer.call(__MODULE__, {:enrich, event})

  @impl true
  def init(_opts), do: {:ok, %{lookups: 0}}

  @impl true
  def handle_call({:enrich, event}, _from, state) do
    {:reply, Ingest.Geo.annotate(event), %{state | lookups: state.lookups + 1}}
  end
end
