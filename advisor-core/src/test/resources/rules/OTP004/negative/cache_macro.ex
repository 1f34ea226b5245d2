defmodule MyApp.CacheBuilder do
  @moduledoc """
  A macro that generates a small map-backed cache server for prototypes. The
  server exists only as quoted code here; no module in this file uses it.
  """

  defmacro defcache(name) do
    quote do
      defmodule unquote(name) do
        use GenServer

        def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
        def get(key), do: GenServer.call(__MODULE__, {:get, key})
        def put(key, value), do: GenServer.cast(__MODULE__, {:put, key, value})

        @impl true
        def init(state), do: {:ok, state}

        @impl true
        def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state, key), state}

        @impl true
        def handle_cast({:put, key, value}, state), do: {:noreply, Map.put(state, key, value)}
      end
    end
  end
end
