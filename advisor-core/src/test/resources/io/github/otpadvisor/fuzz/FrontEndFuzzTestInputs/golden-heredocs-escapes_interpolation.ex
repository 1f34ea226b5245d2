defmodule Docs.HeredocEscapes do
  def report(name, count, items) do
    """
    Report for #{name}
      count: #{count + 1}
      items: #{Enum.map_join(items, ", ", fn item -> "<#{item}>" end)}
    escaped interpolation: \#{not_code}
    tab\there, newline escape\nthen, unicode \u00e9 \u{1F600}
    hex \x41 and backslash \\ and quote \" and \"""
    """
  end

  def continued do
    """
    this line \
    continues here
    and this one does not
    """
  end

  def nested_heredoc(x) do
    """
    outer #{"""
    inner #{x}
    """} end
    """
  end

  def interpolation_spanning_lines(a, b) do
    """
      first #{
        a +
          b
      } after
    last
    """
  end

  def call_arg do
    IO.puts("""
    passed as an argument
    """)

    String.trim("""
      indented argument
      """)
  end
end
