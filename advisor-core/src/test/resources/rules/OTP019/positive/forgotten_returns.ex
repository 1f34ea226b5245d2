defmodule MyApp.Poller do
  use GenServer
  require Logger

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    Process.send_after(self(), :tick, 1_000)
    {:ok, %{ticks: 0}}
  end

  @impl true
  def handle_info(:hello, _state) do
    Logger.info("hello") # expect: OTP019
  end

  def handle_info(:tick, nil), do: :noop # expect: OTP019

  def handle_info(:tick, state) do
    Process.send_after(self(), :tick, 1_000)
    {:noreply, %{state | ticks: state.ticks + 1}}
  end

  def handle_info(:config, state) do
    Logger.debug("config")
    {:ok, state} # expect: OTP019
  end

  @impl true
  def handle_cast({:push, items}, state) do
    if items == [] do
      {:noreply, state}
    else
      Enum.each(items, &MyApp.Sink.push/1) # expect: OTP019
    end
  end

  def handle_cast(:flush, state), do: {:no_reply, state} # expect: OTP019

  @impl true
  def handle_call(:ticks, _from, state), do: :ok # expect: OTP019
end
