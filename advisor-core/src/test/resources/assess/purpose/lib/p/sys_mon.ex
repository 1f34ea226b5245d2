defmodule P.SysMon do
  # hydra-srt's ErlSysMon: the VM's monitor events come to this process, and logging them is its job
  use GenServer
  require Logger

  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

  def init(_args) do
    :erlang.system_monitor(self(), [:busy_port, {:long_gc, 250}])
    {:ok, []}
  end

  def handle_info(msg, state) do
    Logger.warning("system monitor: #{inspect(msg)}")
    {:noreply, state}
  end
end
