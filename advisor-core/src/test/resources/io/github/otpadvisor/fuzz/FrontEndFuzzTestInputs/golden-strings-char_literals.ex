defmodule Strings.CharLiterals do
  def basic, do: [?a, ?Z, ?0, ?_, ?\s, ??, ?#, ?", ?', ?(, ?), ?,]

  def escapes do
    [?\\, ?\n, ?\t, ?\r, ?\e, ?\d, ?\0, ?\a, ?\b, ?\f, ?\v]
  end

  def unicode, do: [?é, ?ñ, ?€, ?😀, ?中]

  def escaped_plain, do: [?\a, ?\x, ?\q, ?\", ?\']

  def in_guards(<<c, rest::binary>>) when c in ?a..?z or c == ?_ do
    {c, rest}
  end

  def arithmetic(c), do: c - ?0 + ?a * 2

  def in_case(char) do
    case char do
      ?\s -> :space
      ?\n -> :newline
      ?\\ -> :backslash
      ?? -> :question
      c when c in [?+, ?-, ?*, ?/] -> :operator
      _ -> :other
    end
  end

  def as_args, do: foo(?a, ?b) ++ [?;, ?:, ?[, ?], ?{, ?}]

  defp foo(a, b), do: [a, b]
end
