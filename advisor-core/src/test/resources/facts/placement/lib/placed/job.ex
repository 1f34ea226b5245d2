defmodule Placed.Job do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  # keyed by the caller's options, not by an entity
  def run(opts), do: DynamicSupervisor.start_child(Placed.Sessions, {__MODULE__, opts})

  def init(opts) do
    Process.send_after(self(), :work, 0)
    {:ok, opts}
  end

  def handle_info(:work, opts), do: {:stop, :normal, opts}
end
