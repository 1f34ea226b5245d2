defmodule P.Console do
  @moduledoc "Serializes writes to stdout so lines from many processes do not interleave."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def puts(line), do: GenServer.cast(__MODULE__, {:puts, line})
  def flush, do: GenServer.call(__MODULE__, :flush)

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_cast({:puts, line}, state) do
    IO.write([line, ?\n])
    {:noreply, state}
  end

  @impl true
  def handle_call(:flush, _from, state), do: {:reply, :ok, state}
end
