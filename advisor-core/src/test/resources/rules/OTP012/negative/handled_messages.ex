defmodule MyApp.Scheduler do
  use GenServer
  require Logger

  @tick {:tick, :fast}

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  # runs in the caller: self() is the caller, which handles :done itself
  def notify_me, do: send(self(), :done)

  def push(item), do: GenServer.cast(__MODULE__, {:push, item})

  @impl true
  def init(opts) do
    Process.send_after(self(), @tick, 1_000)
    send(self(), {:load, opts, 1})
    msg = Keyword.get(opts, :first, :warm)
    send(self(), msg)
    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> send(self(), :from_task) end)
    Enum.each(opts, fn {k, v} -> send(self(), {:opt, k, v}) end)
    {:ok, %{items: [], n: 0}}
  end

  @impl true
  def handle_cast({:push, item}, state), do: {:noreply, %{state | items: [item | state.items]}}

  @impl true
  def handle_info({:tick, speed}, state) when speed in [:fast, :slow] do
    {:noreply, %{state | n: state.n + 1}}
  end

  def handle_info({:load, _opts, n}, state) when is_integer(n), do: {:noreply, state}

  def handle_info({:opt, _k, _v}, state), do: {:noreply, state}
end

defmodule MyApp.CatchAll do
  use GenServer
  require Logger

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(_opts) do
    send(self(), :unknown_to_the_clauses)
    {:ok, %{}}
  end

  @impl true
  def handle_info(:known, state), do: {:noreply, state}

  def handle_info(other, state) do
    Logger.debug("ignored #{inspect(other)}")
    {:noreply, state}
  end
end

defmodule MyApp.Monitors do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(_opts) do
    Process.flag(:trap_exit, true)
    {:ok, %{}}
  end

  @impl true
  def handle_call({:watch, pid}, _from, state) do
    ref = Process.monitor(pid)
    {:reply, ref, Map.put(state, ref, pid)}
  end

  def handle_call({:ask, pid}, _from, state) do
    ref = Process.monitor(pid)
    send(pid, {:ask, self(), ref})

    receive do
      {^ref, answer} -> {:reply, answer, state}
      {:DOWN, ^ref, :process, _, reason} -> {:reply, {:error, reason}, state}
    end
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, _reason}, state), do: {:noreply, Map.delete(state, ref)}

  @impl true
  def terminate(_reason, _state), do: :ok
end

defmodule MyApp.Linker do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts) do
    Process.flag(:trap_exit, true)
    {:ok, pid} = Task.start_link(fn -> MyApp.Work.run(opts) end)
    {:ok, %{pid: pid}}
  end

  @impl true
  def handle_info({:EXIT, pid, _reason}, %{pid: pid} = state), do: {:stop, :normal, state}
end

defmodule MyApp.Helpers do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts, extra \\ []), do: {:ok, {opts, extra}}

  @impl true
  def handle_call(msg, _from, state), do: {:reply, handle_call(msg, state), state}

  def handle_call(:get, state), do: state
  def handle_call(_msg, _state), do: nil
end

defmodule MyApp.TaggedMonitor do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(_opts), do: {:ok, %{}}

  @impl true
  def handle_cast({:ready, condition, pid}, state) do
    # the :DOWN arrives as {{:down, condition}, ref, :process, pid, reason}
    Process.monitor(pid, tag: {:down, condition})
    {:noreply, Map.put(state, condition, pid)}
  end

  @impl true
  def handle_info({{:down, condition}, _ref, :process, _pid, _reason}, state) do
    {:noreply, Map.delete(state, condition)}
  end
end
