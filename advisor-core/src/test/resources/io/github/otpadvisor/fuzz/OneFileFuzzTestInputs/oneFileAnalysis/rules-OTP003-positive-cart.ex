defmodule MyApp.Carts.Cart do
  @moduledoc "One process per shopping cart. The state is a map of SKU to quantity."
  use GenServer # expect: OTP003

  def start_link(cart_id), do: GenServer.start_link(__MODULE__, cart_id, name: via(cart_id))

  def ensure_started(cart_id) do
    case DynamicSupervisor.start_child(MyApp.CartSupervisor, {__MODULE__, cart_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  def put(cart_id, sku, qty), do: GenServer.call(via(cart_id), {:put, sku, qty})
  def get(cart_id, sku), do: GenServer.call(via(cart_id), {:get, sku})
  def remove(cart_id, sku), do: GenServer.cast(via(cart_id), {:remove, sku})

  defp via(cart_id), do: {:via, Registry, {MyApp.CartRegistry, cart_id}}

  @impl true
  def init(_cart_id), do: {:ok, %{}}

  @impl true
  def handle_call({:put, sku, qty}, _from, items), do: {:reply, :ok, Map.put(items, sku, qty)}
  def handle_call({:get, sku}, _from, items), do: {:reply, Map.get(items, sku, 0), items}

  @impl true
  def handle_cast({:remove, sku}, items), do: {:noreply, Map.delete(items, sku)}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.CartRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.CartSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
