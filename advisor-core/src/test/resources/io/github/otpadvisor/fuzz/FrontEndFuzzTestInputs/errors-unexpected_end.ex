defmodule Extra do
  def f, do: :ok
  end
end
