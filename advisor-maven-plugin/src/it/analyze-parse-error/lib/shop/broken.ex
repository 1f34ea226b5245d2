defmodule Shop.Broken do
  def total(lines) do
    Enum.reduce(lines, 0, fn {price, qty}, acc -> acc + price * qty
  end
end
