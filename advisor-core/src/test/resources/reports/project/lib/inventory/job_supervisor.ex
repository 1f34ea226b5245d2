defmodule Inventory.JobSupervisor do
  @moduledoc "Runs one-off stock counts, one child per count."
  use DynamicSupervisor

  def start_link(opts), do: DynamicSupervisor.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts), do: DynamicSupervisor.init(strategy: :one_for_one, max_children: 10)
end
