defmodule Ops.Custom do
  import Bitwise

  def bitwise(a, b, c) do
    [
      a &&& b,
      a ||| b,
      a ^^^ b,
      a <<< 2,
      a >>> 2,
      a &&& b ||| c,
      a ||| b &&& c,
      a <<< 1 &&& b >>> 1,
      ~~~a,
      a + b <<< c
    ]
  end

  def arrows(a, b, c) do
    [
      a <~ b,
      a ~> b,
      a <~> b,
      a <|> b,
      a <<~ b,
      a ~>> b,
      a ~> b ~> c,
      a <~ b <~ c,
      a |> b ~> c,
      a <|> b <~> c
    ]
  end

  def pipe_like(a, b, c), do: a ||| b ||| c

  def defined_operators do
    quote do
      def left <~> right, do: {left, right}
      def left ~>> right, do: right.(left)
      def a +++ b, do: a ++ b
    end
  end
end
