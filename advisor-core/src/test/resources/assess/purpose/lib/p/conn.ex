defmodule P.Conn do
  @moduledoc "Holds one Redis connection and serializes commands over it."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def command(cmd), do: GenServer.call(__MODULE__, {:command, cmd})

  @impl true
  def init(:ok) do
    {:ok, conn} = Redix.start_link(host: "localhost")
    {:ok, %{conn: conn}}
  end

  @impl true
  def handle_call({:command, cmd}, _from, state) do
    {:reply, Redix.command(state.conn, cmd), state}
  end
end
