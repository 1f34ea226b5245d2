defmodule MyApp.Orders.NumberSequence do
  @moduledoc "Hands out order numbers. A one-line get_and_update is what an Agent is for."
  use Agent

  def start_link(start_at), do: Agent.start_link(fn -> start_at end, name: __MODULE__)

  def next, do: Agent.get_and_update(__MODULE__, fn n -> {n, n + 1} end)
  def peek, do: Agent.get(__MODULE__, & &1)
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Orders.NumberSequence, 10_000}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
