defmodule MyApp.Loader do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts), do: {:ok, opts, {:continue, :load}}

  @impl true
  def handle_continue(:load, state), do: {:noreply, state, {:continue, {:more, 1}}}

  def handle_continue({:more, n}, state), do: {:noreply, Map.put(state, :n, n)}
end

defmodule MyApp.AnyContinue do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts), do: {:ok, opts, {:continue, :warm}}

  @impl true
  def handle_continue(_step, state), do: {:noreply, state}
end
