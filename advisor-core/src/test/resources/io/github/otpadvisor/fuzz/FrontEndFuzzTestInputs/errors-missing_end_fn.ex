defmodule Broken.Fn do
  def run(list) do
    Enum.map(list, fn x ->
      x * 2
    )
  end
end
