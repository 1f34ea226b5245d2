defmodule Docs.Heredocs do
  @moduledoc """
  Heredocs keep their content but drop the indentation of the closing delimiter.

  This paragraph follows a blank line.
  """

  def zero_indent do
"""
starts at column one
  keeps two spaces
"""
  end

  def four_spaces do
    """
    line one
        indented by four more

    after a blank line
    """
  end

  def deeper_closing do
      """
        content indented past the closer
      keeps exactly what is past the closer
      """
  end

  def blank_lines_only do
    """


    """
  end

  def empty, do: """
  """

  def trailing_spaces_after_opening do
    """   
    whitespace after the opening quotes is allowed
    """
  end

  def single_quotes_inside do
    """
    He said "hi" and 'bye' and "" and ""
    """
  end

  def outdented do
    """
    normal line
  outdented by two, Elixir keeps what it can
    """
  end
end
