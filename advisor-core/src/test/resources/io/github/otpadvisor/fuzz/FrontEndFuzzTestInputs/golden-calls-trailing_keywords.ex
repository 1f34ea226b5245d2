defmodule Calls.TrailingKeywords do
  def calls do
    start_link(name: __MODULE__)
    start_link(__MODULE__, [], name: __MODULE__, timeout: 5000)
    GenServer.call(:server, :ping, 10_000)
    Keyword.get(opts(), :key, default: 1)
    foo 1, a: 1, b: [c: 2]
    foo(1, [a: 1])
    foo(1, "quoted key": 2, other: 3)
  end

  def lists do
    [
      [a: 1],
      [1, 2, a: 3],
      [1, a: 1, b: 2],
      ["a": 1, b: 2],
      [do: 1, else: 2],
      [{:a, 1}, {:b, 2}],
      [a: [b: [c: 3]]],
      [nil: 1, true: 2, false: 3],
      [a: 1,
       b: 2]
    ]
  end

  def tuples do
    {
      {1, a: 1},
      {:ok, value: 1, other: 2}
    }
  end

  def maps do
    [%{a: 1, b: 2}, %{"k" => 1, a: 2}, %{1 => 2, "a b": 3}]
  end

  defp start_link(opts), do: opts
  defp start_link(a, b, c), do: {a, b, c}
  defp foo(a, b), do: {a, b}
  defp opts, do: []
end
