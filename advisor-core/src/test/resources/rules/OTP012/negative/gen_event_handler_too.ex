defmodule Status.MemoryMonitor do
  @moduledoc """
  elixir-omg's MemoryMonitor: a GenServer that also adds itself to :alarm_handler, a gen_event. Its handle_call/2,
  handle_event/2 and second init/1 clause are gen_event callbacks, not GenServer callbacks of a wrong arity.
  """
  use GenServer

  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

  def init([_ | _] = opts) do
    :ok = install_alarm_handler()
    {:ok, %{interval: Keyword.fetch!(opts, :interval), raised: false}}
  end

  # gen_event init
  def init(_args), do: {:ok, %{}}

  def handle_cast(:set_alarm, state), do: {:noreply, %{state | raised: true}}

  # gen_event handlers
  def handle_call(_request, state), do: {:ok, :ok, state}

  def handle_event({:set_alarm, {:system_memory_too_high, _}}, state) do
    GenServer.cast(__MODULE__, :set_alarm)
    {:ok, state}
  end

  def handle_event(_event, state), do: {:ok, state}

  defp install_alarm_handler do
    case Enum.member?(:gen_event.which_handlers(:alarm_handler), __MODULE__) do
      true -> :ok
      _ -> :alarm_handler.add_alarm_handler(__MODULE__)
    end
  end
end

defmodule Status.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([{Status.MemoryMonitor, interval: 5_000}], strategy: :one_for_one)
  end
end
