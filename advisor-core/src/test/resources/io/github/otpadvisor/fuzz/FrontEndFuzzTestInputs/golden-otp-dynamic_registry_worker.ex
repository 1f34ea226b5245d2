defmodule Shop.CartSupervisor do
  use DynamicSupervisor

  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

  def start_cart(user_id) do
    spec = {Shop.Cart, user_id: user_id}

    case DynamicSupervisor.start_child(__MODULE__, spec) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
      other -> other
    end
  end

  def stop_cart(pid), do: DynamicSupervisor.terminate_child(__MODULE__, pid)

  @impl true
  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one, max_children: 10_000)
end

defmodule Shop.Cart do
  use GenServer, restart: :transient

  @idle_timeout :timer.minutes(30)

  def start_link(opts) do
    user_id = Keyword.fetch!(opts, :user_id)
    GenServer.start_link(__MODULE__, user_id, name: via(user_id))
  end

  defp via(user_id), do: {:via, Registry, {Shop.Registry, {:cart, user_id}}}

  def add(user_id, sku, qty \\ 1), do: GenServer.call(via(user_id), {:add, sku, qty})
  def items(user_id), do: GenServer.call(via(user_id), :items)

  def whereis(user_id) do
    case Registry.lookup(Shop.Registry, {:cart, user_id}) do
      [{pid, _value}] -> pid
      [] -> nil
    end
  end

  @impl true
  def init(user_id), do: {:ok, %{user_id: user_id, items: %{}}, @idle_timeout}

  @impl true
  def handle_call({:add, sku, qty}, _from, state) do
    items = Map.update(state.items, sku, qty, &(&1 + qty))
    {:reply, :ok, %{state | items: items}, @idle_timeout}
  end

  def handle_call(:items, _from, state), do: {:reply, state.items, state, @idle_timeout}

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end
