defmodule Shop.Cache do
  @moduledoc "A read-concurrent ETS cache owned by a GenServer that sweeps expired keys."
  use GenServer

  @table :shop_cache
  @sweep_every 60_000

  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

  def get(key) do
    now = System.monotonic_time(:millisecond)

    case :ets.lookup(@table, key) do
      [{^key, value, expires}] when expires > now -> {:ok, value}
      [_expired] -> :miss
      [] -> :miss
    end
  end

  def put(key, value, ttl \\ 5_000) do
    true = :ets.insert(@table, {key, value, System.monotonic_time(:millisecond) + ttl})
    :ok
  end

  def incr(key), do: :ets.update_counter(@table, key, {2, 1}, {key, 0, :infinity})

  @impl true
  def init([]) do
    table =
      :ets.new(@table, [
        :set,
        :named_table,
        :public,
        read_concurrency: true,
        write_concurrency: true
      ])

    :timer.send_interval(@sweep_every, :sweep)
    {:ok, %{table: table}}
  end

  @impl true
  def handle_info(:sweep, state) do
    now = System.monotonic_time(:millisecond)
    match_spec = [{{:_, :_, :"$1"}, [{:<, :"$1", now}], [true]}]
    deleted = :ets.select_delete(@table, match_spec)
    :telemetry.execute([:shop, :cache, :sweep], %{deleted: deleted}, %{})
    {:noreply, state}
  end
end
