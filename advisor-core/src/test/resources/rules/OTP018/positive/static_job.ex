defmodule MyApp.Importer do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: {:ok, %{done: 0}, {:continue, :import}}

  @impl true
  def handle_continue(:import, state) do
    MyApp.Catalog.import_all()
    {:stop, {:shutdown, :done}, state} # expect: OTP018
  end
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([MyApp.Importer], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
