defmodule MyApp.PriceCache do
  @moduledoc "The load runs in handle_continue/2: the supervisor goes on at once."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def price(sku), do: GenServer.call(__MODULE__, {:price, sku})

  @impl true
  def init(:ok), do: {:ok, %{}, {:continue, :load}}

  @impl true
  def handle_continue(:load, _state), do: {:noreply, Map.new(MyApp.Repo.all(MyApp.Price), &{&1.sku, &1.amount})}

  @impl true
  def handle_call({:price, sku}, _from, prices), do: {:reply, Map.get(prices, sku), prices}
end

defmodule MyApp.Migrator do
  @moduledoc "A start-up step: the endpoint after it must not start before the migrations ran."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok)

  @impl true
  def init(:ok) do
    Ecto.Migrator.run(MyApp.Repo, :up, all: true)
    MyApp.Repo.query!("ANALYZE")
    :ignore
  end
end

defmodule MyApp.Listener do
  @moduledoc "Opening a listening socket and reading a small file are quick."
  use GenServer

  def start_link(port), do: GenServer.start_link(__MODULE__, port, name: __MODULE__)

  @impl true
  def init(port) do
    banner = File.read!("priv/banner.txt")
    {:ok, socket} = :gen_tcp.listen(port, [:binary, active: true])
    {:ok, %{socket: socket, banner: banner}}
  end

  @impl true
  def handle_info({:tcp, _socket, _data}, state), do: {:noreply, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [MyApp.Migrator, MyApp.PriceCache, {MyApp.Listener, 4000}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
