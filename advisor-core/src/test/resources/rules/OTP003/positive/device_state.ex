defmodule MyApp.Fleet.DeviceState do
  @moduledoc """
  Last known reading and firmware of one IoT device, a process per device.
  Handlers only read the map or replace one key: a row in a table would do.
  """
  use GenServer # expect: OTP003

  def start_link(device_id) do
    GenServer.start_link(__MODULE__, device_id, name: {:via, Registry, {MyApp.DeviceRegistry, device_id}})
  end

  def track(device_id) do
    case DynamicSupervisor.start_child(MyApp.DeviceSupervisor, {__MODULE__, device_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init(device_id), do: {:ok, %{id: device_id, reading: nil, firmware: nil}}

  @impl true
  def handle_call(:reading, _from, state), do: {:reply, state.reading, state}
  def handle_call(:firmware, _from, state), do: {:reply, state.firmware, state}

  @impl true
  def handle_cast({:reading, value}, state), do: {:noreply, %{state | reading: value}}
  def handle_cast({:firmware, version}, state), do: {:noreply, %{state | firmware: version}}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.DeviceRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.DeviceSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
