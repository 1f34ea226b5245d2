defmodule Moved.Settings do
  @moduledoc "Settings kept by an Agent."
  use Agent

  def start_link(_opts) do
    Agent.start_link(fn -> %{mode: :fast} end, name: __MODULE__)
  end

  def mode, do: Agent.get(__MODULE__, fn state -> Map.get(state, :mode, :fast) end)

  def set_mode(mode), do: Agent.update(__MODULE__, fn state -> Map.put(state, :mode, mode) end)

  def all, do: Agent.get(__MODULE__, & &1)
end
