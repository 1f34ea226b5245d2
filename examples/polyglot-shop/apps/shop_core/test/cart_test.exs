defmodule ShopCore.CartTest do
  use ExUnit.Case, async: true

  test "adds items" do
    start_supervised!({ShopCore.Cart, "cart-1"})
    assert :ok = ShopCore.Cart.add("cart-1", "sku-1", 2)
  end
end
