defmodule Crlf do
  def a, do: 1
  def b, do: (1 + )
  def c, do: 3
end
