defmodule MyApp.TasksServer do
  use Agent

  @name __MODULE__

  # The function given to Agent.start_link runs in the Agent's own process: the Agent, a supervised child,
  # owns the table for as long as it runs.
  def start_link(_opts) do
    Agent.start_link(fn -> :ets.new(@name, [:public, :set, :named_table]) end, name: @name)
  end

  def run(key), do: :ets.insert_new(@name, {key})
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([MyApp.TasksServer], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
