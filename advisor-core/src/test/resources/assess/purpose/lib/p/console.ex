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

defmodule P.Tracer do
  @moduledoc "Keeps a count and prints a developer's trace of each command (domolixir's ZWave.Node)."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
  def command(c), do: GenServer.call(__MODULE__, {:command, c})

  @impl true
  def init(n), do: {:ok, n}

  @impl true
  def handle_call({:command, c}, _from, n) do
    IO.puts("RECEIVED COMMAND #{c |> inspect}")
    IO.puts("register process")
    {:reply, n + 1, n + 1}
  end
end
