# Module names a report must still print as code that parses, with no Markdown fence in it.
defmodule :"<script>\"`\n```\#{x}" do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
  def get(key), do: GenServer.call(__MODULE__, {:get, key})
  def put(key, value), do: GenServer.cast(__MODULE__, {:put, key, value})

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state, key), state}

  @impl true
  def handle_cast({:put, key, value}, state), do: {:noreply, Map.put(state, key, value)}
end

defmodule :"Elixir.Not an alias" do
  use Agent

  def start_link(_), do: Agent.start_link(fn -> System.system_time() end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
end
