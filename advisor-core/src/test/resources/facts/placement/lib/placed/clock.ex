defmodule Placed.Clock do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)

  def count, do: GenServer.call(__MODULE__, :count)

  def init(n) do
    Process.send_after(self(), :beat, 1_000)
    {:ok, n}
  end

  def handle_call(:count, _from, n), do: {:reply, n, n}

  def handle_info(:beat, n) do
    Process.send_after(self(), :beat, 1_000)
    {:noreply, n + 1}
  end
end
