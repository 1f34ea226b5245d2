defmodule ShopWeb.CartController do
  use ShopWeb, :controller

  def show(conn, %{"id" => id}) do
    {:ok, _pid} = Shop.Cart.get_or_start(id)
    price = GenServer.call(Shop.Cache, {:get, id})
    json(conn, %{items: Shop.Cart.items(id), price: price})
  end

  def join(conn, %{"room" => room}) do
    {:ok, _} = Shop.Rooms.Room.start_partitioned(room)
    Shop.Counter.increment()
    json(conn, %{})
  end
end
