defmodule Blocks.Fn do
  def forms do
    zero = fn -> :zero end
    one = fn x -> x end
    two = fn x, y -> x + y end
    parens = fn(x, y) -> x * y end
    empty_parens = fn () -> :empty end
    multi = fn
      0 -> :zero
      n when n < 0 -> :negative
      n when is_integer(n) and n > 0 -> :positive
      _ -> :other
    end
    guarded_two = fn
      x, y when x > y -> x
      _, y -> y
    end
    multi_line_body = fn x ->
      y = x + 1
      y * 2
    end
    pattern = fn {:ok, v}, %{key: k} = m, [h | _] -> {v, k, m, h} end
    one_line_multi = fn :a -> 1; :b -> 2 end
    nested = fn x -> fn y -> fn -> x + y end end end
    empty_body = fn -> end
    default = fn _ -> nil end
    {zero, one, two, parens, empty_parens, multi, guarded_two, multi_line_body, pattern,
     one_line_multi, nested, empty_body, default}
  end

  def as_argument(list) do
    Enum.map(list, fn x -> x * 2 end)
    |> Enum.filter(fn
      x when x > 2 -> true
      _ -> false
    end)
    |> Enum.reduce(0, fn x, acc -> x + acc end)
  end

  def when_in_fn, do: fn x when x > 0 when x < -1 -> x end
end
