defmodule MyApp.Crasher do
  use GenServer

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  @impl true
  def init(arg), do: {:ok, arg}

  @impl true
  def handle_call(:boom, _from, _state), do: raise("oops")
end

defmodule MyApp.CrashReportTest do
  use ExUnit.Case

  import ExUnit.CaptureLog

  # Started unlinked so that the crash the test provokes does not take the test down.
  test "a crash is logged" do
    {:ok, pid} = GenServer.start(MyApp.Crasher, :ok)

    assert capture_log(fn -> catch_exit(GenServer.call(pid, :boom)) end) =~ "oops"
  end
end

defmodule GenServerTest do
  use ExUnit.Case, async: true

  # The test of GenServer itself: its start functions are what is under test.
  test "start_link/3 registers a name" do
    {:ok, pid} = GenServer.start_link(MyApp.Crasher, :ok, name: :crasher)
    assert Process.whereis(:crasher) == pid
  end
end
