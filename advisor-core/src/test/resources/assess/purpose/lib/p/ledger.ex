defmodule P.Ledger do
  @moduledoc "Appends entries to a file it tracks the size of."
  use GenServer

  def start_link(path), do: GenServer.start_link(__MODULE__, path, name: __MODULE__)
  def append(line), do: GenServer.call(__MODULE__, {:append, line})

  @impl true
  def init(path), do: {:ok, %{path: path, size: 0}}

  @impl true
  def handle_call({:append, line}, _from, %{path: path, size: size} = state) do
    File.write!(path, line, [:append])
    new_size = size + byte_size(line)
    {:reply, new_size, %{state | size: new_size}}
  end
end
