defmodule MyApp.Coalescer do
  @moduledoc """
  Starts one unlinked task per key, monitors it and takes its result: it hears of a crash, but the task outlives a
  restart of the coalescer (tymeslot's RequestCoalescer).
  """
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  def fetch(key, fun), do: GenServer.call(__MODULE__, {:fetch, key, fun})

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:fetch, key, fun}, from, state) do
    parent = self()
    {:ok, pid} = Task.start(fn -> send(parent, {:result, key, fun.()}) end) # expect: OTP005
    Process.monitor(pid)
    {:noreply, Map.put(state, key, from)}
  end

  @impl true
  def handle_info({:result, key, result}, state) do
    GenServer.reply(Map.fetch!(state, key), result)
    {:noreply, Map.delete(state, key)}
  end

  def handle_info({:DOWN, _ref, :process, _pid, :normal}, state), do: {:noreply, state}

  def handle_info({:DOWN, _ref, :process, _pid, _reason}, state), do: {:noreply, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([MyApp.Coalescer], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
