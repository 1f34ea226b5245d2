defmodule InventoryWeb.DeviceSocket do
  @moduledoc "Scanner devices connect here; after a network blip every device reconnects at once."
  use Phoenix.Socket

  @impl true
  def connect(%{"device_id" => device_id}, socket, _connect_info) do
    {:ok, _pid} = Inventory.Device.get_or_start(device_id)
    {:ok, assign(socket, :device_id, device_id)}
  end

  @impl true
  def id(socket), do: "device:" <> socket.assigns.device_id
end
