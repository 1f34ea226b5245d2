defmodule Placed.Loose do
  use GenServer

  def count, do: GenServer.call(__MODULE__, :count)

  def init(n) do
    Process.send_after(self(), :tick, 1_000)
    {:ok, n}
  end

  def handle_call(:count, _from, n), do: {:reply, n, n}

  def handle_info(:tick, n) do
    Process.send_after(self(), :tick, 1_000)
    {:noreply, n + 1}
  end
end
