defmodule MyApp.SessionStore do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def get(id), do: :ets.lookup(:sessions, id)

  # The usual owner: a supervised GenServer creates the table in init/1 and keeps it for its whole life.
  @impl true
  def init(_opts) do
    :ets.new(:sessions, [:named_table, :protected, read_concurrency: true])
    {:ok, %{}}
  end

  @impl true
  def handle_call({:put, id, session}, _from, state) do
    :ets.insert(:sessions, {id, session})
    {:reply, :ok, state}
  end

  @impl true
  def handle_cast({:new_shard, name}, state) do
    {:noreply, Map.put(state, name, :ets.new(name, [:set]))}
  end
end

defmodule MyApp.Listener do
  # otp-advisor:disable-next-line OTP006 # the receive loop is the case under test here
  use Task

  # A supervised task that never returns: its receive loop keeps the table alive.
  def start_link(port) do
    Task.start_link(fn ->
      table = :ets.new(:listener_peers, [:set])
      loop(table, port)
    end)
  end

  defp loop(table, port) do
    receive do
      {:peer, peer} ->
        :ets.insert(table, {peer, port})
        loop(table, port)
    end
  end
end

defmodule MyApp.Tables do
  # A plain function: the caller's process owns the table, and who that is is not known here.
  def new_counter_table(name), do: :ets.new(name, [:set, :public])
end

defmodule MyApp.Exporter do
  # The closure hands the table to a long-lived process before it ends.
  def export_async(heir) do
    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn ->
      table = :ets.new(:export_rows, [:set, :public, {:heir, heir, :export_done}])
      :ets.insert(table, {:started, System.monotonic_time()})
    end)
  end
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    # Application.start/2 runs in the application master's process: it lives as long as the application.
    :ets.new(:my_app_config, [:named_table, :public, read_concurrency: true])

    children = [MyApp.SessionStore, {MyApp.Listener, 4000}, {Task.Supervisor, name: MyApp.TaskSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
