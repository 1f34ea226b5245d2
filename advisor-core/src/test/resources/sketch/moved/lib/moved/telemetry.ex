defmodule Moved.Telemetry do
  @moduledoc "Logs telemetry events."
  require Logger
  use GenServer

  @events [[:moved, :load, :stop]]

  def start_link(args) do
    GenServer.start_link(__MODULE__, args, name: __MODULE__)
  end

  def log(event, measurements), do: GenServer.call(__MODULE__, {:log, event, measurements})

  def notify(event), do: GenServer.cast(__MODULE__, {:notify, event})

  def count, do: GenServer.call(__MODULE__, :count)

  def init(handler_id: handler_id) do
    :telemetry.attach_many(handler_id, @events, &__MODULE__.handle_event/4, [])

    {:ok, 0}
  end

  def handle_event(event, measurements, _metadata, _config) do
    Logger.info("#{inspect(event)}: #{format(measurements)}")
  end

  def handle_call({:log, event, measurements}, _from, state) do
    line = "#{inspect(event)} took #{format(measurements)}"
    Logger.info(line)
    {:reply, line, state}
  end

  def handle_call(:count, _from, state) do
    {:reply, state, state}
  end

  def handle_cast({:notify, event}, state) do
    Logger.debug("event #{inspect(event)}")
    {:noreply, state}
  end

  defp format(%{duration: d}), do: "#{d}ms"
  defp format(_), do: "?"
end
