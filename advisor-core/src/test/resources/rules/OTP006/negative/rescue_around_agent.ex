defmodule MyApp.Tickets do
  @moduledoc """
  The try is in the caller, around a plain get_and_update: nothing but the counter runs inside the Agent.
  """
  use Agent

  def start_link(_opts), do: Agent.start_link(fn -> 0 end, name: __MODULE__)

  def next do
    try do
      Agent.get_and_update(__MODULE__, fn n -> {n, n + 1} end)
    catch
      :exit, _ -> {:error, :unavailable}
    end
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.Tickets], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
