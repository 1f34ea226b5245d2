defmodule Ops.Boolean do
  def compare(a, b, c) do
    [
      a == b,
      a != b,
      a === b,
      a !== b,
      a < b,
      a > b,
      a <= b,
      a >= b,
      a =~ b,
      a == b == c,
      a < b == b < c,
      a <> "x" == b,
      a + 1 > b * 2
    ]
  end

  def logic(a, b, c) do
    [
      a and b or c,
      a or b and c,
      a && b || c,
      a || b && c,
      not a,
      not a and b,
      !a,
      !a || !b,
      !!a,
      not not a,
      a and not b,
      a || (b && c),
      a in b and c,
      a == b and b != c or not c,
      a && b == c,
      !a == b
    ]
  end

  def membership(x, list, range) do
    [x in list, x not in list, not (x in list), x in 1..10, x not in range and x > 0, x in [1, 2] == true]
  end

  def match_chain(a) do
    b = c = a
    {:ok, d} = e = {:ok, b + c}
    [d, e]
  end
end
