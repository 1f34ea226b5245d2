defmodule Strings.Escapes do
  def standard do
    "\a \b \d \e \f \n \r \s \t \v \0 \\ \" \#"
  end

  def unknown_escapes_keep_char, do: "\q \z \. \:"

  def hex_and_unicode do
    ["\x41\x7f\xFF", "\u00e9", "\u{1F600}", "\u{e9}", "\u{10FFFF}", "\u0000"]
  end

  def charlists do
    ['\x41', 'tab\t', '\'quote\'', 'unicode é ñ', '\u{1F600}']
  end

  def line_continuation do
    "first \
second"
  end

  def non_printable, do: "\x00\x01\x7F"
  def invalid_utf8, do: "\xFF\xFE"
  def raw_newline_and_crlf, do: "a
b"

  def unicode_literals, do: "café naïve 日本語 😀 \u200B"
  def empty, do: {"", '', ""}
end
