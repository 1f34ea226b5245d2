# Mirrors realtime's Realtime.GenCounter: the process owns the table, callers read and write it directly.
defmodule Bypass.Counter do
  use GenServer

  @table :bypass_counter

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  # marker: bypass write through another public function (realtime's GenCounter.add/1)
  def add(term), do: add(term, 1)

  # marker: bypass write (update_counter in the caller)
  def add(term, count), do: :ets.update_counter(@table, term, count, {term, 0})

  # marker: bypass read (two clauses of a case, in the caller)
  def get(term) do
    case :ets.lookup(@table, term) do
      [{^term, value}] -> value
      [] -> 0
    end
  end

  # marker: bypass read through a private helper
  def known?(term), do: lookup(term) != []

  # marker: client function (messages the process)
  def reset_all, do: GenServer.call(__MODULE__, :reset_all)

  @impl true
  def init(_) do
    table = :ets.new(@table, [:set, :public, :named_table, {:write_concurrency, true}])
    :timer.send_interval(60_000, :sweep)
    {:ok, table}
  end

  @impl true
  def handle_call(:reset_all, _from, table) do
    :ets.delete_all_objects(table)
    {:reply, :ok, table}
  end

  @impl true
  def handle_info(:sweep, table) do
    :ets.select_delete(table, [{{:_, 0}, [], [true]}])
    {:noreply, table}
  end

  defp lookup(term), do: :ets.lookup(@table, term)
end
