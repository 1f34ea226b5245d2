defmodule MyApp.Accounts.PreferenceStore do
  @moduledoc """
  The refactoring of one-Agent-per-user preferences: one ETS table keyed by
  {user_id, key}. Readers hit the table concurrently; the process only owns it.
  """
  use GenServer

  @table :user_preferences

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def get(user_id, key, default \\ nil) do
    case :ets.lookup(@table, {user_id, key}) do
      [{_k, value}] -> value
      [] -> default
    end
  end

  def put(user_id, key, value), do: :ets.insert(@table, {{user_id, key}, value})

  @impl true
  def init(:ok) do
    :ets.new(@table, [:named_table, :public, read_concurrency: true, write_concurrency: true])
    {:ok, nil}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Accounts.PreferenceStore]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
