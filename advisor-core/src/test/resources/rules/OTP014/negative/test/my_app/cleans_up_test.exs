# Tests that clean up what they start by other means than start_supervised: an on_exit of the module's setup
# that finds the process by name and kills it, a helper that kills and waits for :DOWN, Process.exit/2 on the
# pid, a process the test waits to end by itself, and a start inside a mock's body (Repatch).
defmodule MyApp.Poller do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))

  @impl true
  def init(opts), do: {:ok, opts}
end

defmodule MyApp.OneShot do
  use GenServer

  def start_link(job), do: GenServer.start_link(__MODULE__, job)

  @impl true
  def init(job), do: {:ok, job, {:continue, :run}}

  @impl true
  def handle_continue(:run, job), do: {:stop, :normal, job}
end

defmodule MyApp.NamedTeardownTest do
  use ExUnit.Case

  setup do
    on_exit(fn ->
      if pid = Process.whereis(MyApp.Poller), do: Process.exit(pid, :kill)
    end)

    :ok
  end

  test "polls under its default name" do
    {:ok, _pid} = MyApp.Poller.start_link([])
    assert Process.whereis(MyApp.Poller)
  end
end

defmodule MyApp.HelperTeardownTest do
  use ExUnit.Case

  test "a helper kills it and waits for :DOWN" do
    {:ok, pid} = MyApp.Poller.start_link(name: :helper_poller)
    assert Process.alive?(pid)
    assert_down(pid)
  end

  test "the test kills it itself" do
    {:ok, pid} = MyApp.Poller.start_link(name: :killed_poller)
    Process.unlink(pid)
    Process.exit(pid, :kill)
  end

  test "the one-shot process ends by itself" do
    {:ok, pid} = MyApp.OneShot.start_link(:job)
    Process.sleep(50)
    refute Process.alive?(pid)
  end

  test "the one-shot process is polled until it has ended" do
    {:ok, pid} = MyApp.OneShot.start_link(:again)
    Process.sleep(50)
    assert false == Process.alive?(pid)
  end

  test "a start inside a mock's body runs when the code under test calls it" do
    Repatch.patch(MyApp.Registry, :start_consumer, fn id ->
      MyApp.Poller.start_link(name: id)
    end)

    assert :ok == :ok
  end

  defp assert_down(pid) do
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    assert_receive {:DOWN, ^ref, :process, ^pid, _}
  end
end
