defmodule MyApp.Telemetry.TelemetryServer do
  @moduledoc "The server of an XLib/XServer pair: TelemetryLib is its only client, one function per message."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call(:get_totals_and_reset, _from, state), do: {:reply, state, %{}}

  @impl true
  def handle_info({:increment, key}, state), do: {:noreply, Map.update(state, key, 1, &(&1 + 1))}
end

defmodule MyApp.Telemetry.TelemetryLib do
  alias MyApp.Telemetry.TelemetryServer

  def get_totals_and_reset, do: GenServer.call(TelemetryServer, :get_totals_and_reset)

  def increment(key) do
    send(TelemetryServer, {:increment, key})
    :ok
  end
end
