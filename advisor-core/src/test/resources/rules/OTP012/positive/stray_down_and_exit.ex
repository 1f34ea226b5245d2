defmodule MyApp.Watcher do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def watch(pid), do: GenServer.call(__MODULE__, {:watch, pid})

  @impl true
  def init(_opts), do: {:ok, %{}}

  @impl true
  def handle_call({:watch, pid}, _from, state) do
    ref = Process.monitor(pid) # expect: OTP012
    {:reply, :ok, Map.put(state, ref, pid)}
  end

  @impl true
  def handle_info(:sweep, state), do: {:noreply, state}
end

defmodule MyApp.PortOwner do
  use GenServer

  def start_link(cmd), do: GenServer.start_link(__MODULE__, cmd)

  @impl true
  def init(cmd) do
    Process.flag(:trap_exit, true) # expect: OTP012
    port = Port.open({:spawn, cmd}, [:binary, :exit_status])
    {:ok, %{port: port}}
  end

  @impl true
  def handle_info({port, {:data, data}}, %{port: port} = state) do
    IO.write(data)
    {:noreply, state}
  end
end
