defmodule MyApp.Resolver do
  use Agent

  def start_link(domains), do: Agent.start_link(fn -> domains end, name: __MODULE__)

  def lookup(domain), do: Agent.get(__MODULE__, &Map.get(&1, domain))
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

  test "calls inside with_mock reach the mock" do
    with_mock MyApp.Resolver, start_link: fn _ -> {:ok, self()} end do
      assert {:ok, _} = MyApp.Resolver.start_link(%{})
    end
  end
end
