defmodule Unterminated do
  def msg, do: "hello
end
