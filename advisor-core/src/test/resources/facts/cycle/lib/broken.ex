defmodule Broken do
  def oops(, do: :nope
end
