defmodule Inventory.Device do
  @moduledoc "One process per scanner device, gone after ten idle minutes."
  use GenServer

  @idle :timer.minutes(10)

  def start_link(device_id) do
    GenServer.start_link(__MODULE__, device_id, name: via(device_id))
  end

  def get_or_start(device_id) do
    case Registry.lookup(Inventory.DeviceRegistry, device_id) do
      [{pid, _}] -> {:ok, pid}
      [] -> DynamicSupervisor.start_child(Inventory.DeviceSupervisor, {__MODULE__, device_id})
    end
  end

  def scan(device_id, sku), do: GenServer.call(via(device_id), {:scan, sku})

  defp via(device_id), do: {:via, Registry, {Inventory.DeviceRegistry, device_id}}

  @impl true
  def init(device_id), do: {:ok, %{id: device_id, scans: []}, @idle}

  @impl true
  def handle_call({:scan, sku}, _from, device) do
    {:reply, :ok, %{device | scans: [sku | device.scans]}, @idle}
  end

  @impl true
  def handle_info(:timeout, device), do: {:stop, :normal, device}
end
