defmodule MyApp.Counter do
  use GenServer

  def start_link(n), do: GenServer.start_link(__MODULE__, n)

  @impl true
  def init(n), do: {:ok, n}

  def handle_info(:tick) do # expect: OTP012
    :ok
  end

  def handle_call(:get, state), do: {:reply, state, state} # expect: OTP012

  @impl true
  def handle_cast(msg, state) do
    IO.inspect(msg)
    {:noreply, state}
  end

  def handle_cast({:add, k}, state), do: {:noreply, state + k} # expect: OTP012
end
