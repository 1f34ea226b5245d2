defmodule MyApp.Stats.StatsServer do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_cast({:sent, count}, state), do: {:noreply, Map.update(state, :sent, count, &(&1 + count))}
end

defmodule MyApp.Stats.StatsLib do
  @moduledoc "A generic pass-through: the message shapes are left to every caller of cast_to_server/1."
  def cast_to_server(msg) do
    GenServer.cast(MyApp.Stats.StatsServer, msg) # expect: OTP007
  end
end
