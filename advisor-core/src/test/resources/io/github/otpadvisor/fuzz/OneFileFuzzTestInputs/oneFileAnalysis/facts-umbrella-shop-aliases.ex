defmodule Shop.Aliases do
  alias Shop.Cache
  alias Shop.Counter, as: Count
  alias Shop.{Cart, Calculator}

  defmodule Inner do
    def ping, do: :pong
  end

  def all do
    Cache.get(:a)
    Count.value()
    Cart.items("c1")
    Calculator.add(1, 2)
    Inner.ping()
    __MODULE__.Inner.ping()
    GenServer.call(Shop.Cache, {:get, :b})
  end

  def scoped do
    alias Shop.Workers.Reporter, as: R
    R.run(:x)
  end
end

defmodule Shop.Aliases.Second do
  alias __MODULE__, as: Me
  def me, do: Me
end
