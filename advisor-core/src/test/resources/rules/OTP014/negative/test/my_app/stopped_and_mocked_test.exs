defmodule MyApp.Resolver do
  use Agent

  def start_link(domains), do: Agent.start_link(fn -> domains end, name: __MODULE__)

  def lookup(domain), do: Agent.get(__MODULE__, &Map.get(&1, domain))
end

defmodule MyApp.Provisioner do
  use GenServer

  def start_link(what), do: GenServer.start_link(__MODULE__, what)

  @impl true
  def init(what), do: {:ok, what, {:continue, :provision}}

  @impl true
  def handle_continue(:provision, what), do: {:stop, :normal, what}
end

defmodule MyApp.StoppedAndMockedTest do
  use ExUnit.Case
  import Mock

  test "the test stops what it starts, even when it fails" do
    {:ok, pid} = MyApp.Resolver.start_link(%{"a.test" => :ok})

    try do
      assert MyApp.Resolver.lookup("a.test") == :ok
    after
      Agent.stop(pid)
    end
  end

  test "an on_exit stops it before the next test" do
    {:ok, pid} = GenServer.start_link(MyApp.Worker, [])
    on_exit(fn -> if Process.alive?(pid), do: GenServer.stop(pid) end)
    assert is_pid(pid)
  end

  setup_all do
    # Shared with the application's own instance when it already runs.
    case MyApp.Resolver.start_link(%{}) do
      {:ok, _pid} -> :ok
      {:error, {:already_started, _pid}} -> :ok
    end
  end

  test "a one-shot process the test waits for" do
    {:ok, pid} = Task.Supervisor.start_link()
    ref = Process.monitor(pid)
    Process.exit(pid, :normal)
    Supervisor.stop(pid)
    assert_receive {:DOWN, ^ref, :process, ^pid, _}
  end

  test "a provisioner that exits when it is done" do
    {:ok, pid} = MyApp.Provisioner.start_link(:tables)
    ref = Process.monitor(pid)
    assert_receive {:DOWN, ^ref, :process, ^pid, :normal}, 5_000
  end

  test "calls inside with_mock reach the mock" do
    with_mock MyApp.Resolver, start_link: fn _ -> {:ok, self()} end do
      assert {:ok, _} = MyApp.Resolver.start_link(%{})
    end
  end
end
