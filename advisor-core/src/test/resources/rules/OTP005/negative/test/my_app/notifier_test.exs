defmodule MyApp.Orders.NotifierTest do
  use ExUnit.Case, async: true

  alias MyApp.Orders.Notifier

  setup do
    start_supervised!({Task.Supervisor, name: MyApp.TaskSupervisor})
    :ok
  end

  test "a crashing mailer does not take the caller down" do
    test_pid = self()

    # A throwaway process standing in for the mailer; tests may spawn freely.
    mailer = spawn(fn -> receive do: (msg -> send(test_pid, {:mailer_got, msg})) end)
    Process.register(mailer, :test_mailer)

    assert :ok = Notifier.order_placed(%{id: 42, email: "ada@example.com"})
  end

  test "monitoring a short-lived process" do
    {pid, ref} = spawn_monitor(fn -> exit(:boom) end)
    assert_receive {:DOWN, ^ref, :process, ^pid, :boom}
  end
end
