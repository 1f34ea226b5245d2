defmodule Unterminated.Interp do
  def f(x), do: "value: #{"inner}"
end
