defmodule Inventory.FeedWorker do
  @moduledoc "Downloads one supplier feed and keeps its progress."
  use GenServer

  def start_link(feed_id), do: GenServer.start_link(__MODULE__, feed_id, name: {:via, Registry, {Inventory.DeviceRegistry, {:feed, feed_id}}})

  @impl true
  def init(feed_id) do
    Process.flag(:trap_exit, true)
    {:ok, %{feed: feed_id, done: 0}, {:continue, :download}}
  end

  @impl true
  def handle_continue(:download, state), do: {:noreply, %{state | done: state.done + 1}}
end
