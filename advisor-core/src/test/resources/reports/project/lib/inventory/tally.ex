defmodule Inventory.Tally do
  @moduledoc "Counts scans and resets the count every hour."
  use Agent

  def start_link(_opts) do
    {:ok, pid} = Agent.start_link(fn -> 0 end, name: __MODULE__)
    :timer.apply_interval(:timer.hours(1), __MODULE__, :reset, [])
    {:ok, pid}
  end

  def add, do: Agent.update(__MODULE__, &(&1 + 1))
  def reset, do: Agent.update(__MODULE__, fn _ -> 0 end)
  def count, do: Agent.get(__MODULE__, & &1)
end
