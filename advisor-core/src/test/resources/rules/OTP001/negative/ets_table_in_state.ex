defmodule MyApp.Sessions.Store do
  @moduledoc """
  Owns an unnamed ETS table kept in its state: the table is the shared state,
  the process its owner. Writes go through the process, reads too.
  """
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def put(id, session), do: GenServer.cast(__MODULE__, {:put, id, session})
  def get(id), do: GenServer.call(__MODULE__, {:get, id})

  @impl true
  def init(:ok), do: {:ok, :ets.new(:sessions, [:set, :private])}

  @impl true
  def handle_cast({:put, id, session}, table) do
    :ets.insert(table, {id, session})
    {:noreply, table}
  end

  @impl true
  def handle_call({:get, id}, _from, table), do: {:reply, :ets.lookup(table, id), table}
end
