defmodule MyApp.Counter do
  use GenServer
  require Logger

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(:skip), do: :ignore
  def init(opts) when is_list(opts), do: {:ok, %{count: 0}}
  def init(_), do: {:stop, :bad_args}

  @impl true
  def handle_call(:get, _from, state), do: {:reply, state.count, state}
  def handle_call(:stop, _from, state), do: {:stop, :normal, :ok, state}
  def handle_call(:reset, from, state) do
    GenServer.reply(from, :ok)
    {:noreply, %{state | count: 0}}
  end
  def handle_call(:ready?, _from, s), do: {:reply, s.ready?, s}
  def handle_call({:char, c}, _from, s), do: {:reply, {c == ?,, s.count}, s}
  def handle_call(:bin, _from, s), do: {:reply, <<1, 2, 3>>, s, :hibernate}
  def handle_call(other, from, state), do: delegate(other, from, state)

  @impl true
  def handle_cast(:inc, state), do: {:noreply, %{state | count: state.count + 1}, 5_000}
  def handle_cast(:done, state), do: {:stop, :normal, state}
  def handle_cast(msg, state), do: IO.inspect({:noreply, state}, label: inspect(msg))

  @impl true
  def handle_info(:timeout, state), do: {:noreply, state, {:continue, :idle}}
  def handle_info(msg, state) do
    Logger.debug("ignored #{inspect(msg)}")
    {:noreply, state}
  end

  @impl true
  def handle_continue(:idle, state), do: {:noreply, state, :hibernate}

  @impl true
  def terminate(_reason, _state), do: :ok

  defp delegate(_other, _from, state), do: {:reply, :unknown, state}
end

defmodule MyApp.Client.Handler do
  # a websocket client's callbacks, not a GenServer's: {:ok, state} is what it takes
  @behaviour MyApp.Socket.Handler

  def handle_info(:ping, _transport, state), do: {:ok, state}
  def handle_info(msg, state), do: {:ok, Map.put(state, :last, msg)}
end
