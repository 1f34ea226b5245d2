defmodule Broken.Brace do
  def reply(state), do: {:reply, :ok, state
end
