defmodule Sigils.Heredocs do
  @doc ~S"""
  Raw heredoc: #{not_interpolated} and \n stays as two characters.

      iex> Sigils.Heredocs.raw()
      "ok"
  """
  def raw, do: "ok"

  def lowercase_double(name) do
    ~s"""
    hello #{name}
    tab\tescape
    """
  end

  def lowercase_single(name) do
    ~s'''
    single quoted sigil heredoc for #{name}
      indented
    '''
  end

  def charlist_heredoc do
    ~c"""
    chars
    """
  end

  def upper_single do
    ~S'''
    raw ''' inside? no: \''' is raw
    '''
  end

  def regex_heredoc do
    ~r"""
    ^(?<year>\d{4})-
     (?<month>\d{2})$
    """x
  end

  def words_heredoc do
    ~w"""
    one two
    three
    """a
  end
end
