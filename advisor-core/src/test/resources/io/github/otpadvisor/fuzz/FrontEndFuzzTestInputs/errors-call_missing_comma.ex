defmodule Comma do
  def f, do: foo(1 2)
end
