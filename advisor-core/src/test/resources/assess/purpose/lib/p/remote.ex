defmodule P.Remote do
  @moduledoc "Runs a computation on another node of the cluster."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def checksum(node, data), do: GenServer.call({__MODULE__, node}, {:checksum, data})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:checksum, data}, _from, state), do: {:reply, Enum.sum(data), state}
end
