# An :atomics counter whose ref sits in :persistent_term: bumps and reads never reach the process.
defmodule Bypass.Stats do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

  # marker: bypass write (atomics)
  def bump, do: :atomics.add(ref(), 1, 1)

  # marker: bypass read (atomics)
  def count, do: :atomics.get(ref(), 1)

  @impl true
  def init(_) do
    :persistent_term.put({__MODULE__, :ref}, :atomics.new(1, signed: false))
    Process.send_after(self(), :report, 10_000)
    {:ok, 0}
  end

  @impl true
  def handle_info(:report, last) do
    now = count()
    Process.send_after(self(), :report, 10_000)
    {:noreply, max(now, last)}
  end

  defp ref, do: :persistent_term.get({__MODULE__, :ref})
end
