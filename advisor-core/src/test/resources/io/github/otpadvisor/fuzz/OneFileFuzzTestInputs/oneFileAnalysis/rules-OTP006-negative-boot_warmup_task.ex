defmodule MyApp.Catalog.Warmup do
  @moduledoc "Loads the product catalog into ETS at boot, then exits: a Task that runs to completion."
  use Task

  def start_link(_opts), do: Task.start_link(__MODULE__, :run, [])

  def run do
    MyApp.Catalog.list_products()
    |> Enum.map(&{&1.sku, &1})
    |> then(&:ets.insert(:products, &1))
  end
end

defmodule MyApp.Catalog.Table do
  @moduledoc "Owns the :products table for the lifetime of the application."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    :ets.new(:products, [:named_table, :public, read_concurrency: true])
    {:ok, nil}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Catalog.Table, MyApp.Catalog.Warmup]
    Supervisor.start_link(children, strategy: :rest_for_one, name: MyApp.Supervisor)
  end
end
