defmodule P.SaidLock do
  @moduledoc "Answers one at a time."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def answer(q), do: GenServer.call(__MODULE__, {:answer, q})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:answer, q}, _from, state), do: {:reply, {:answer, q}, state}
end
