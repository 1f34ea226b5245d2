defmodule MyApp.Cart do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))

  def add(cart, item), do: GenServer.call(cart, {:add, item})

  @impl true
  def init(_opts), do: {:ok, []}

  @impl true
  def handle_call({:add, item}, _from, items), do: {:reply, :ok, [item | items]}
end

defmodule MyApp.CartTest do
  use ExUnit.Case, async: true

  alias MyApp.Cart

  setup do
    {:ok, cart} = Cart.start_link(name: nil) # expect: OTP014
    %{cart: cart}
  end

  test "adds an item", %{cart: cart} do
    assert :ok = Cart.add(cart, :apple)
  end

  test "a second cart under its own name" do
    {:ok, pid} = GenServer.start_link(Cart, [name: :other], name: :other_cart) # expect: OTP014
    assert Process.alive?(pid)
  end

  test "counts with an agent" do
    {:ok, counter} = Agent.start_link(fn -> 0 end) # expect: OTP014
    Agent.update(counter, &(&1 + 1))
    assert Agent.get(counter, & &1) == 1
  end

  test "an unlinked cart outlives the test" do
    {:ok, pid} = GenServer.start(Cart, name: nil) # expect: OTP014
    assert :ok = Cart.add(pid, :pear)
  end

  test "a registry for the carts" do
    {:ok, _} = Registry.start_link(keys: :unique, name: MyApp.CartRegistry) # expect: OTP014
    assert [] = Registry.lookup(MyApp.CartRegistry, :none)
  end
end
