defmodule Ops.Arithmetic do
  def precedence(a, b, c, d) do
    [
      a + b * c,
      (a + b) * c,
      a - b - c,
      a - (b - c),
      a / b / c,
      a * b / c * d,
      a ** b ** c,
      -a ** b,
      a + -b,
      a - +b,
      -(-a),
      - -a,
      a * -b + c,
      a ++ b ++ c,
      a -- b -- c,
      a ++ b -- c,
      a <> b <> c,
      a +++ b +++ c,
      a --- b --- c,
      a .. b,
      a..b,
      a..b//c,
      a + 1..b - 1//2,
      ..,
      a |> b |> c,
      a + b |> c,
      a <> b ++ c
    ]
  end

  def div_rem(a, b), do: {div(a, b), rem(a, b), a / b}
  def spaced(a, b), do: a+b*2-a/b
  def unary_chain(a), do: [-1, +1, - 1, -a.b, -a[0], -f(a), +a, -(a + 1)]
  defp f(x), do: x
end
