defmodule InventoryWeb.StockController do
  @moduledoc "Reads stock levels for the shop pages."

  def show(sku), do: %{sku: sku, level: Inventory.StockTable.level(sku), price: Inventory.PriceMath.discounted(100, 5)}
  def update(sku, n), do: Inventory.StockTable.set_level(sku, n)
  def flags, do: Inventory.Settings.get(:flags)
end
