defmodule Inventory.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Inventory.DeviceRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: Inventory.DeviceSupervisor},
      {PartitionSupervisor, child_spec: DynamicSupervisor, name: Inventory.ImportSupervisors},
      {Task.Supervisor, name: Inventory.TaskSupervisor},
      Inventory.StockTable,
      Inventory.Settings,
      Inventory.Thresholds,
      Inventory.Restocker,
      Inventory.Pipeline,
      Inventory.Door,
      Inventory.JobSupervisor,
      Inventory.Tally,
      :poolboy.child_spec(:label_printers, label_printers(), [])
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Inventory.Supervisor)
  end

  defp label_printers do
    [name: {:local, :label_printers}, worker_module: Inventory.LabelPrinter, size: 4, max_overflow: 2]
  end
end
