defmodule Shop.Poller do
  use GenServer
  require Logger

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts) do
    interval = Keyword.fetch!(opts, :interval)
    schedule(interval)
    {:ok, interval}
  end

  @impl true
  def handle_info(:poll, interval) do
    Logger.info("polling")
    schedule(interval)
    {:noreply, interval}
  end

  def handle_info(_other, state), do: {:noreply, state}

  defp schedule(interval), do: Process.send_after(self(), :poll, interval)
end
