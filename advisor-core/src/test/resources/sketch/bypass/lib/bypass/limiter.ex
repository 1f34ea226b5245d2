# A rate limiter: callers count hits in the table; the process only sweeps it.
defmodule Bypass.Limiter do
  use GenServer

  @table __MODULE__
  @limit 10

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

  # marker: bypass read and write
  def allow?(key) do
    :ets.update_counter(@table, key, {2, 1}, {key, 0}) <= @limit
  end

  # marker: bypass read with a head that declares a default, and two clauses
  def remaining(key, limit \\ @limit)

  def remaining(key, limit) when is_integer(limit) do
    case :ets.lookup(@table, key) do
      [{^key, n}] -> max(limit - n, 0)
      [] -> limit
    end
  end

  def remaining(_key, :infinity), do: :infinity

  # marker: client function that reads the table and asks the process on a miss (not a bypass)
  def hits(key) do
    case :ets.lookup(@table, key) do
      [{^key, n}] -> n
      [] -> GenServer.call(__MODULE__, {:hits, key})
    end
  end

  @impl true
  def init(nil) do
    :ets.new(@table, [:named_table, :public, read_concurrency: true])
    :timer.send_interval(1_000, :sweep)
    {:ok, %{}}
  end

  @impl true
  def handle_call({:hits, _key}, _from, state), do: {:reply, 0, state}

  @impl true
  def handle_info(:sweep, state) do
    :ets.delete_all_objects(@table)
    {:noreply, state}
  end
end
