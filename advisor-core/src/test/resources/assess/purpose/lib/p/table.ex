defmodule P.Table do
  @moduledoc "Owns the counters table; callers write to it directly."
  use GenServer

  @table :p_counters

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def bump(key), do: :ets.update_counter(@table, key, 1, {key, 0})
  def reset, do: GenServer.call(__MODULE__, :reset)

  @impl true
  def init(:ok) do
    :ets.new(@table, [:named_table, :public, write_concurrency: true])
    {:ok, nil}
  end

  @impl true
  def handle_call(:reset, _from, state) do
    :ets.delete_all_objects(@table)
    {:reply, :ok, state}
  end
end
