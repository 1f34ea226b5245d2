defmodule Telemetry.Devices do
  @moduledoc "GenServer.whereis, then a start through a PartitionSupervisor: the same race, partitioned."

  def ensure_started(device_id) do
    if GenServer.whereis(Telemetry.DeviceServer.via(device_id)) == nil do
      DynamicSupervisor.start_child( # expect: OTP011
        {:via, PartitionSupervisor, {Telemetry.DeviceSupervisors, device_id}},
        {Telemetry.DeviceServer, device_id}
      )
    else
      :ok
    end
  end
end

defmodule Telemetry.DeviceServer do
  use GenServer

  def start_link(device_id), do: GenServer.start_link(__MODULE__, device_id, name: via(device_id))

  def via(device_id), do: {:via, Registry, {Telemetry.DeviceRegistry, device_id}}

  def report(device_id, reading), do: GenServer.cast(via(device_id), {:reading, reading})

  @impl true
  def init(device_id) do
    :timer.send_interval(60_000, :publish)
    {:ok, %{id: device_id, readings: []}}
  end

  @impl true
  def handle_cast({:reading, reading}, state), do: {:noreply, %{state | readings: [reading | state.readings]}}

  @impl true
  def handle_info(:publish, state) do
    Telemetry.Store.insert_all(state.id, state.readings)
    {:noreply, %{state | readings: []}}
  end
end

defmodule Telemetry.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Telemetry.DeviceRegistry},
      {PartitionSupervisor, child_spec: DynamicSupervisor, name: Telemetry.DeviceSupervisors}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Telemetry.Supervisor)
  end
end
