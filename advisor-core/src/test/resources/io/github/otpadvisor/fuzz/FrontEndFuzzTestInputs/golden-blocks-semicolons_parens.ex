defmodule Blocks.Semicolons do
  def one_line, do: (a = 1; b = 2; a + b)
  def many; def many(x), do: x

  def semicolon_statements do
    x = 1; y = 2
    z = x + y;
    z
  end

  def paren_blocks do
    value = (
      a = 1
      b = 2
      a * b
    )
    empty = ()
    single = (1)
    nested = ((1))
    semis = (1;)
    leading = (;1)
    {value, empty, single, nested, semis, leading}
  end

  def block_as_arg do
    Enum.each([1], fn x -> (IO.inspect(x); x) end)
    foo((a = 1; a))
  end

  defp foo(x), do: x
end
