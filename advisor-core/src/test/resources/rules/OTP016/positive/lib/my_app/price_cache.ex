defmodule MyApp.PriceCache do
  use GenServer

  def start(opts), do: GenServer.start(__MODULE__, opts, name: __MODULE__)

  def get(sku), do: :ets.lookup(:prices, sku)

  @impl true
  def init(_opts) do
    :ets.new(:prices, [:named_table, :protected, read_concurrency: true]) # expect: OTP016
    {:ok, %{}}
  end

  @impl true
  def handle_cast({:put, sku, price}, state) do
    :ets.insert(:prices, {sku, price})
    {:noreply, state}
  end
end

defmodule MyApp.Prices do
  def warm_up do
    MyApp.PriceCache.start([]) # started outside any supervisor
  end
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    MyApp.Prices.warm_up()
    Supervisor.start_link([], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
