defmodule Shop.Pricing do
  @moduledoc "Price arithmetic: plain functions, no process."

  def total(lines), do: Enum.reduce(lines, 0, fn {price, qty}, acc -> acc + price * qty end)
end
