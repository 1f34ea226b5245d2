defmodule Ops.Special do
  @spec fetch(map, key :: atom, default :: term) :: term
  def fetch(map, key, default \\ nil) when is_map(map) and is_atom(key) do
    Map.get(map, key, default)
  end

  def defaults(a \\ 1, b \\ a + 1, c \\ [x: 1]), do: {a, b, c}

  def arrows(list) do
    for x <- list, {:ok, y} <- [x], y > 0, do: y

    with {:ok, a} <- fetch_a(),
         b when is_integer(b) <- a + 1 do
      b
    end
  end

  def pipes(x) do
    x |> f() |> g(1) |> Enum.map(& &1)
  end

  def cons_and_maps(h, t, m) do
    [[h | t], [h, h | t], %{m | a: 1}, %{"k" => 1, :a => 2}, [a: 1] ++ [b: 2]]
  end

  def when_chain(x) when x > 0 when x < -10, do: :outside
  def when_chain(_), do: :inside

  def ellipsis, do: [..., ...: 1]

  def type_ops do
    quote do
      @type t :: a | b | c
      @spec f(x) :: y when x: integer, y: term
      @callback handle(term) :: :ok | {:error, reason :: term}
      @type kw :: [key: value, other: ...]
    end
  end

  def pin(x), do: fn ^x -> :same; _ -> :other end

  defp fetch_a, do: {:ok, 1}
  defp f(x), do: x
  defp g(x, y), do: x + y
end
