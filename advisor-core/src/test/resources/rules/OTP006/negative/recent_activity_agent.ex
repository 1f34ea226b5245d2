defmodule MyApp.Admin.RecentActivity do
  @moduledoc "The last 50 admin actions, shown on the dashboard. Plain get and update: an Agent fits."
  use Agent

  @keep 50

  def start_link(_opts), do: Agent.start_link(fn -> [] end, name: __MODULE__)

  def record(action), do: Agent.update(__MODULE__, &Enum.take([action | &1], @keep))
  def list, do: Agent.get(__MODULE__, & &1)
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Admin.RecentActivity]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
