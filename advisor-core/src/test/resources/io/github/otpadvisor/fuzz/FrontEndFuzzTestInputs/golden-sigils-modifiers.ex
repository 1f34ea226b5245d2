defmodule Sigils.Modifiers do
  def regexes do
    %{
      caseless: ~r/hello/i,
      many: ~r/a.b/imsux,
      unicode: ~r/é/u,
      none: ~r/x/
    }
  end

  def words do
    [~w(a b c)a, ~w(a b c)c, ~w(a b c)s, ~W(a#{b} c)a]
  end

  def custom do
    [~x(custom sigil), ~x(with modifiers)abc, ~Y[upper custom]zz, ~z<x>]
  end

  def dates do
    {~D[2024-01-31], ~T[23:59:59.999], ~N[2024-01-31 10:00:00], ~U[2024-01-31 10:00:00Z]}
  end

  def piped(text) do
    text
    |> String.split(~r/\s+/, trim: true)
    |> Enum.reject(&(&1 in ~w(a an the)))
  end
end
