defmodule P.DevReloader do
  @moduledoc "Watches files in development only."
  use GenServer

  def start_link(_) do
    if Mix.env() == :dev do
      GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
    else
      :ignore
    end
  end

  @impl true
  def init(:ok) do
    Process.send_after(self(), :scan, 1000)
    {:ok, %{}}
  end

  @impl true
  def handle_info(:scan, state) do
    Process.send_after(self(), :scan, 1000)
    {:noreply, Map.put(state, :last, System.monotonic_time())}
  end
end
