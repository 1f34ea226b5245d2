defmodule Misc.Crlf do
  @doc """
  heredoc with CRLF
    indented
  """
  def f(x) do
    "string
with raw CRLF #{x}"
  end

  def g, do: ~s(a
b)
end
