defmodule Mix.Tasks.P.Seed do
  use Mix.Task

  def run(_args) do
    {:ok, _} = P.Seeder.start_link([])
    P.Seeder.seed()
  end
end

defmodule P.Seeder do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
  def seed, do: GenServer.call(__MODULE__, :seed)

  @impl true
  def init(n), do: {:ok, n}

  @impl true
  def handle_call(:seed, _from, n), do: {:reply, :ok, n + 1}
end
