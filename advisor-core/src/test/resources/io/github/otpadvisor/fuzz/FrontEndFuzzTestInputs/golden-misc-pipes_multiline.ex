defmodule Misc.Pipes do
  def transform(input) do
    input
    |> String.trim()
    |> String.split(",")
    |> Enum.map(&String.to_integer/1)
    |> Enum.filter(fn x ->
      x > 0
    end)
    |> Enum.sum()
  end

  def trailing_operators(a, b, c) do
    result =
      a +
        b *
          c

    other = a
    |> Kernel.+(b)

    bool = a and
      b or
      c

    concat = "a" <>
      "b"

    {result, other, bool, concat}
  end

  def leading_operators(a, b) do
    x = a
      + b
    y = [a]
      ++ [b]
    {x, y}
  end

  def pipe_into_case(x) do
    x
    |> validate()
    |> case do
      {:ok, v} -> v
      :error -> nil
    end
  end

  def pipe_to_anonymous(x), do: x |> (fn y -> y * 2 end).() |> then(&(&1 + 1))

  defp validate(x), do: {:ok, x}
end
