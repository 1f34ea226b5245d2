defmodule Inventory.Importer do
  @moduledoc "Imports supplier feeds; each feed runs in its own process, started per request."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def import_feed(feed_id), do: GenServer.call(__MODULE__, {:import, feed_id})

  @impl true
  def init(_opts), do: {:ok, %{}}

  @impl true
  def handle_call({:import, feed_id}, _from, state) do
    {:ok, pid} = DynamicSupervisor.start_child(Inventory.DeviceSupervisor, {Inventory.FeedWorker, feed_id})

    {:reply, pid, Map.put(state, feed_id, pid)}
  end
end
