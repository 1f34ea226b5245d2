defmodule Billing.Gateway do
  @moduledoc "Holds a connection to the payment provider; serializes access on purpose."
  @behaviour :gen_server

  def start_link(_), do: :gen_server.start_link({:local, __MODULE__}, __MODULE__, [], [])

  def charge(amount), do: GenServer.call(__MODULE__, {:charge, amount})

  def init([]) do
    {:ok, socket} = :gen_tcp.connect(~c"payments.local", 443, [:binary, active: false])
    {:ok, %{socket: socket}}
  end

  def handle_call({:charge, amount}, _from, %{socket: socket} = state) do
    :ok = :gen_tcp.send(socket, "CHARGE #{amount}")
    {:reply, :gen_tcp.recv(socket, 0), state}
  end

  def handle_cast(_msg, state), do: {:noreply, state}
  def handle_info(_msg, state), do: {:noreply, state}
end
