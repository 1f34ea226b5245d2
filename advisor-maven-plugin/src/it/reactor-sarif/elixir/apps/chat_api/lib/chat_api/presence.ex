defmodule ChatApi.Presence do
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  def get(user), do: GenServer.call(__MODULE__, {:get, user})
  def put(user, status), do: GenServer.cast(__MODULE__, {:put, user, status})

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:get, user}, _from, state), do: {:reply, Map.get(state, user), state}

  @impl true
  def handle_cast({:put, user, status}, state), do: {:noreply, Map.put(state, user, status)}
end
