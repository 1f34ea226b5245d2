defmodule MyApp.Poller do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def refresh, do: GenServer.cast(__MODULE__, {:refresh, :now}) # expect: OTP012

  @impl true
  def init(opts) do
    Process.send_after(self(), :poll, 1_000)
    send(self(), {:load, opts}) # expect: OTP012
    {:ok, %{items: []}}
  end

  @impl true
  def handle_info(:poll, state) do
    schedule()
    {:noreply, state}
  end

  def handle_info({:DOWN, _ref, :process, _pid, _reason}, state), do: {:noreply, state}

  defp schedule do
    :erlang.start_timer(5_000, self(), :poll) # expect: OTP012
  end
end

defmodule MyApp.Ticker do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(_opts) do
    {:ok, _} = :timer.send_interval(1_000, :tick) # expect: OTP012
    {:ok, 0}
  end

  @impl true
  def handle_call(:count, _from, n) do
    GenServer.cast(self(), :reset) # expect: OTP012
    {:reply, n, n}
  end
end
