defmodule MyApp.FeatureFlags do
  @moduledoc "Feature flags read on every request, stored in a single named Agent."
  use Agent # expect: OTP004

  def start_link(initial \\ %{}), do: Agent.start_link(fn -> initial end, name: __MODULE__)

  def enabled?(flag), do: Agent.get(__MODULE__, &Map.get(&1, flag, false))
  def enable(flag), do: Agent.update(__MODULE__, &Map.put(&1, flag, true))
  def disable(flag), do: Agent.update(__MODULE__, &Map.delete(&1, flag))
  def all, do: Agent.get(__MODULE__, & &1)
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.FeatureFlags, %{new_checkout: true}}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end

defmodule MyAppWeb.FlagController do
  use MyAppWeb, :controller

  def enable(conn, %{"flag" => flag}) do
    MyApp.FeatureFlags.enable(String.to_existing_atom(flag))
    send_resp(conn, 204, "")
  end
end
