defmodule Inventory.Pipeline do
  @moduledoc "Supervises the import stages."
  use Supervisor

  def start_link(opts), do: Supervisor.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts) do
    children = [Inventory.Importer]
    Supervisor.init(children, strategy: :rest_for_one)
  end
end
