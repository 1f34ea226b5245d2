defmodule MyApp.Cart do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))

  def add(cart, item), do: GenServer.call(cart, {:add, item})

  @impl true
  def init(:bad), do: {:stop, :bad_config}
  def init(:skip), do: :ignore
  def init(_opts), do: {:ok, []}

  @impl true
  def handle_call({:add, item}, _from, items), do: {:reply, :ok, [item | items]}
end

defmodule MyApp.CartTest do
  use ExUnit.Case, async: true

  alias MyApp.Cart

  setup_all do
    start_supervised!({Registry, keys: :unique, name: MyApp.CartRegistry})
    :ok
  end

  setup do
    cart = start_supervised!({Cart, name: nil})
    %{cart: cart}
  end

  test "adds an item", %{cart: cart} do
    assert :ok = Cart.add(cart, :apple)
  end

  test "a second cart, linked and supervised" do
    pid = start_link_supervised!({Cart, name: :other_cart})
    assert :ok = Cart.add(pid, :pear)
  end

  test "a name can only be taken once" do
    start_supervised!({Cart, name: :only_cart})
    assert {:error, {:already_started, _}} = Cart.start_link(name: :only_cart)
  end

  test "refuses a bad configuration" do
    Process.flag(:trap_exit, true)
    assert {:error, :bad_config} = Cart.start_link(:bad)
  end

  test "ignores when told to" do
    assert :ignore = Cart.start_link(:skip)
  end

  test "raises on a missing option" do
    assert_raise KeyError, fn -> Cart.start_link(Keyword.fetch!([], :name)) end
  end

  test "the server exits with the linked caller" do
    Process.flag(:trap_exit, true)
    {:ok, pid} = Cart.start_link(name: nil)
    Process.exit(pid, :boom)
    assert_receive {:EXIT, ^pid, :boom}
  end

  test "work in tasks and closures of other processes" do
    task = Task.async(fn -> Cart.start_link(name: nil) end)
    assert {:ok, _pid} = Task.await(task)
    on_exit(fn -> Application.ensure_all_started(:logger) end)
  end
end
