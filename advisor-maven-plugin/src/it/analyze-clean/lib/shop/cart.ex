defmodule Shop.Cart do
  @moduledoc "One process per shopping cart, expired after 30 minutes of inactivity."
  use GenServer, restart: :transient

  @idle_timeout :timer.minutes(30)

  def start_link(cart_id) do
    GenServer.start_link(__MODULE__, cart_id, name: via(cart_id))
  end

  def add(cart_id, sku, qty \\ 1) do
    {:ok, pid} = get_or_start(cart_id)
    GenServer.call(pid, {:add, sku, qty})
  end

  defp get_or_start(cart_id) do
    case DynamicSupervisor.start_child(Shop.CartSupervisor, {__MODULE__, cart_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  defp via(cart_id), do: {:via, Registry, {Shop.CartRegistry, cart_id}}

  @impl true
  def init(cart_id), do: {:ok, %{id: cart_id, items: %{}}, @idle_timeout}

  @impl true
  def handle_call({:add, sku, qty}, _from, cart) do
    items = Map.update(cart.items, sku, qty, &(&1 + qty))
    {:reply, :ok, %{cart | items: items}, @idle_timeout}
  end

  @impl true
  def handle_info(:timeout, cart), do: {:stop, :normal, cart}
end
