defmodule ShopWeb.CartChannel do
  use Phoenix.Channel

  def join("cart:" <> id, _params, socket) do
    {:ok, _pid} = Shop.Cart.get_or_start(id)
    {:ok, assign(socket, :cart_id, id)}
  end
end
