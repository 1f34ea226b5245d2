defmodule Shop.RateLimiter do
  @moduledoc """
  Counts requests per client and resets the counters every `interval` ms.
  """
  use GenServer
  require Logger

  @default_interval :timer.seconds(60)

  ## Client API

  @spec start_link(keyword()) :: GenServer.on_start()
  def start_link(opts \\ []) do
    GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
  end

  def allow?(server \\ __MODULE__, client_id), do: GenServer.call(server, {:allow?, client_id})
  def reset(server \\ __MODULE__), do: GenServer.cast(server, :reset)

  ## Callbacks

  @impl true
  def init(opts) do
    interval = Keyword.get(opts, :interval, @default_interval)
    limit = Keyword.fetch!(opts, :limit)
    Process.flag(:trap_exit, true)
    timer = Process.send_after(self(), :tick, interval)
    {:ok, %{counts: %{}, limit: limit, interval: interval, timer: timer}, {:continue, :warm_up}}
  end

  @impl true
  def handle_continue(:warm_up, state), do: {:noreply, state}

  @impl true
  def handle_call({:allow?, client}, _from, %{counts: counts, limit: limit} = state) do
    count = Map.get(counts, client, 0)

    if count < limit do
      {:reply, true, %{state | counts: Map.put(counts, client, count + 1)}}
    else
      {:reply, false, state}
    end
  end

  def handle_call(:stats, from, state) do
    GenServer.reply(from, map_size(state.counts))
    {:noreply, state, :hibernate}
  end

  @impl true
  def handle_cast(:reset, state), do: {:noreply, %{state | counts: %{}}}

  @impl true
  def handle_info(:tick, %{interval: interval} = state) do
    Logger.debug("resetting #{map_size(state.counts)} counters")
    timer = Process.send_after(self(), :tick, interval)
    {:noreply, %{state | counts: %{}, timer: timer}}
  end

  def handle_info({:EXIT, _pid, reason}, state), do: {:stop, reason, state}
  def handle_info(_msg, state), do: {:noreply, state, 30_000}

  @impl true
  def terminate(reason, %{timer: timer}) do
    Process.cancel_timer(timer)
    Logger.info("rate limiter stopping: #{inspect(reason)}")
    :ok
  end
end
