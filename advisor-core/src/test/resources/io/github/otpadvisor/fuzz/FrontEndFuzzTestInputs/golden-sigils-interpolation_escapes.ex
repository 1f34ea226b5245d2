defmodule Sigils.Interpolation do
  def lower(user, n) do
    [
      ~s(hello #{user.name}!),
      ~s[nested #{"inner #{n} string"}],
      ~s(escaped \#{not} and \) paren),
      ~s<unicode \u00e9 \u{1F4A9} hex \x7F>,
      ~c(charlist #{n}),
      ~r/#{Regex.escape(user.name)}\s+\d/,
      ~w(#{n} b c)
    ]
  end

  def upper do
    [
      ~S(no #{interpolation} here),
      ~C[no #{x}],
      ~R/\s+#{x}/,
      ~S(escaped close \) stays)
    ]
  end

  def escapes_lower do
    ~s(\a\b\d\e\f\n\r\s\t\v\0 \( \) \\)
  end

  def closing_escape_only do
    {~s(\)), ~s[\]], ~s{\}}, ~s<\>>, ~s|\||, ~s/\//, ~s"\"", ~s'\''}
  end

  def line_continuation do
    ~s(first \
    second)
  end
end
