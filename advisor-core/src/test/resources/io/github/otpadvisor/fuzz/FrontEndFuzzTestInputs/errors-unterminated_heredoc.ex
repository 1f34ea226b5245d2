defmodule Unterminated.Heredoc do
  @moduledoc """
  Documentation that never ends.

  def f, do: :ok
end
