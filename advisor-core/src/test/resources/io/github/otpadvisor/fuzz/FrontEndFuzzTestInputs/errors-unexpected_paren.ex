defmodule Extra.Paren do
  def f(x), do: g(x))
end
