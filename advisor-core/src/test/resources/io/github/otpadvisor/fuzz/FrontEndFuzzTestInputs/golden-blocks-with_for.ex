defmodule Blocks.WithFor do
  def with_else(params) do
    with {:ok, name} <- Map.fetch(params, "name"),
         true <- String.length(name) > 2,
         age = Map.get(params, "age", 0),
         {:ok, user} <- create(name, age) do
      {:ok, user}
    else
      :error -> {:error, :missing_name}
      false -> {:error, :too_short}
      {:error, _} = error -> error
    end
  end

  def with_keyword(a), do: with({:ok, x} <- a, do: x, else: (_ -> nil))

  def comprehensions(list, map) do
    squares = for x <- list, do: x * x
    evens = for x <- list, rem(x, 2) == 0, do: x
    pairs = for x <- 1..3, y <- 1..3, x != y, into: [], do: {x, y}
    inverted = for {k, v} <- map, into: %{}, do: {v, k}
    sum = for x <- list, reduce: 0 do
      acc -> acc + x
    end
    chars = for <<c <- "hello">>, c != ?l, into: "", do: <<c>>
    uniq = for x <- list, uniq: true, do: x
    nested = for x <- list, y = x * 2, y > 2 do
      {x, y}
    end
    {squares, evens, pairs, inverted, sum, chars, uniq, nested}
  end

  def reduce_multi(list) do
    for x <- list, reduce: {0, 0} do
      {evens, odds} when rem(x, 2) == 0 -> {evens + 1, odds}
      {evens, odds} -> {evens, odds + 1}
    end
  end

  defp create(name, age), do: {:ok, %{name: name, age: age}}
end
