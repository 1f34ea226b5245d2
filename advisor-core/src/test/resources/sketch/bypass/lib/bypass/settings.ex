# Settings read from :persistent_term by every caller; changes go through the process.
defmodule Bypass.Settings do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  # marker: bypass read (persistent_term)
  def get(key, default \\ nil) do
    Map.get(:persistent_term.get({__MODULE__, :settings}, %{}), key, default)
  end

  # marker: client function
  def put(key, value), do: GenServer.call(__MODULE__, {:put, key, value})

  @impl true
  def init(opts) do
    settings = Keyword.get(opts, :defaults, %{})
    :persistent_term.put({__MODULE__, :settings}, settings)
    {:ok, settings}
  end

  @impl true
  def handle_call({:put, key, value}, _from, settings) do
    settings = Map.put(settings, key, value)
    :persistent_term.put({__MODULE__, :settings}, settings)
    {:reply, :ok, settings}
  end

  @impl true
  def handle_info({:reload, settings}, _old) do
    :persistent_term.put({__MODULE__, :settings}, settings)
    {:noreply, settings}
  end
end
