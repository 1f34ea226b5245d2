defmodule MyApp.PriceCache do
  @moduledoc "Loads every price while its supervisor waits."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def price(sku), do: GenServer.call(__MODULE__, {:price, sku})

  @impl true
  def init(:ok) do
    prices = MyApp.Repo.all(MyApp.Price) # expect: OTP013
    {:ok, Map.new(prices, &{&1.sku, &1.amount})}
  end

  @impl true
  def handle_call({:price, sku}, _from, prices), do: {:reply, Map.get(prices, sku), prices}

  @impl true
  def handle_info(:refresh, _prices), do: {:noreply, Map.new(MyApp.Repo.all(MyApp.Price), &{&1.sku, &1.amount})}
end

defmodule MyApp.Upstream do
  @moduledoc "Waits for the upstream to answer, through a helper, before returning from init/1."
  use GenServer

  def start_link(url), do: GenServer.start_link(__MODULE__, url, name: __MODULE__)
  def token, do: GenServer.call(__MODULE__, :token)

  @impl true
  def init(url) do
    {:ok, %{url: url, token: fetch_token(url)}}
  end

  @impl true
  def handle_call(:token, _from, state), do: {:reply, state.token, state}

  defp fetch_token(url) do
    Process.sleep(500) # expect: OTP013
    {:ok, %{body: body}} = Req.get(url)
    body["token"]
  end
end
