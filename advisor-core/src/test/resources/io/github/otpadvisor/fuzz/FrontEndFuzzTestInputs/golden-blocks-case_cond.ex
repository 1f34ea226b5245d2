defmodule Blocks.CaseCond do
  def classify(value) do
    case value do
      {:ok, %{status: status} = resp} when status in 200..299 -> {:ok, resp}
      {:ok, %{status: status}} -> {:error, {:http, status}}
      {:error, reason} = err when is_atom(reason) or is_binary(reason) -> err
      [head | _] -> head
      <<"prefix", rest::binary>> -> rest
      %{} = map when map_size(map) == 0 -> :empty
      x when is_integer(x) and x > 0 when is_float(x) -> :positive
      _ -> :other
    end
  end

  def grade(score) do
    cond do
      score >= 90 -> :a
      score >= 80 and score < 90 -> :b
      is_nil(score) ->
        :missing
      true -> :f
    end
  end

  def one_line(x), do: case(x, do: (1 -> :one; _ -> :many))
  def inline(x), do: (case x do 1 -> :one; _ -> :many end)

  def multiple_exprs_in_clause(x) do
    case x do
      :a ->
        log(:a)
        :a

      :b -> log(:b); :b
    end
  end

  def empty_clause_body(x) do
    case x do
      :a -> nil
      _ ->
    end
  end

  defp log(x), do: x
end
