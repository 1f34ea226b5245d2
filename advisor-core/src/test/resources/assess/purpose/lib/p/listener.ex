defmodule P.Listener do
  # spawn's SpawnSdkExample.Subscriber: it subscribes in init/1 and logs what is published to it. That is its
  # purpose: plain functions would receive nothing.
  use GenServer
  require Logger

  def start_link(args), do: GenServer.start_link(__MODULE__, args)

  @impl true
  def init(state) do
    P.Channel.Subscriber.subscribe("external.channel")
    {:ok, state}
  end

  @impl true
  def handle_info({:receive, payload}, state) do
    Logger.info("Received pubsub event #{inspect(payload)}")
    {:noreply, state}
  end
end
