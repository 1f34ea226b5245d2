defmodule Broken do
  def greet(name) do
    "hi #{name}"

  def other, do: :ok
end
