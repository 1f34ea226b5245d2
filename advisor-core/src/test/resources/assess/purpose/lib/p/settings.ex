defmodule P.Settings do
  @moduledoc "Loads the settings once at boot; everyone reads them."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def get, do: GenServer.call(__MODULE__, :get)
  def get(key), do: GenServer.call(__MODULE__, {:get, key})

  @impl true
  def init(:ok), do: {:ok, P.Config.load!()}

  @impl true
  def handle_call(:get, _from, state), do: {:reply, state, state}
  def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state, key), state}
end
