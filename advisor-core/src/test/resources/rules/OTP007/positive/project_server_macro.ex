defmodule MyApp.Server do
  @moduledoc "The project's own GenServer base: every module that uses it is a GenServer."
  defmacro __using__(opts) do
    quote do
      use GenServer, unquote(opts)
      require Logger
    end
  end
end

defmodule MyApp.Stock do
  use MyApp.Server

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: __MODULE__)
  def count(sku), do: GenServer.call(__MODULE__, {:count, sku})

  @impl true
  def init(_), do: {:ok, %{}}

  @impl true
  def handle_call({:count, sku}, _from, stock), do: {:reply, Map.get(stock, sku, 0), stock}

  @impl true
  def handle_cast({:add, sku, n}, stock), do: {:noreply, Map.update(stock, sku, n, &(&1 + n))}
end

defmodule MyApp.Receiving do
  def received(sku, n), do: GenServer.cast(MyApp.Stock, {:add, sku, n}) # expect: OTP007
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.Stock], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
