defmodule Heredoc.Bad do
  @doc """Text on the opening line
  more
  """
  def f, do: :ok
end
