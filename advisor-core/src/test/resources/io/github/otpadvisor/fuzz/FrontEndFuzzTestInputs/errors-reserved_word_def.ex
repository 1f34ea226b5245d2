defmodule Reserved do
  def else(x), do: x
end
