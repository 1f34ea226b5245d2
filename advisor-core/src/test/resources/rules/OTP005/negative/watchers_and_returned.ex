defmodule MyApp.Kill do
  @moduledoc "A watcher that monitors its caller and ends with it: it lives exactly as long as what it watches."

  def unlink_and_kill(pid) do
    caller = self()
    ref = make_ref()

    enforcer =
      spawn(fn ->
        mon = Process.monitor(caller)

        receive do
          {:done, ^ref} -> :ok
          {:DOWN, ^mon, _, _, _} -> Process.exit(pid, :kill)
        end
      end)

    Process.unlink(pid)
    Process.exit(pid, :kill)
    send(enforcer, {:done, ref})
  end
end

defmodule MyApp.Stopper do
  @moduledoc "Watchers whose monitor and :DOWN sit in a pinned receive or in a local helper."

  def stop(pid) do
    spawn(fn ->
      Process.monitor(pid)
      Process.exit(pid, :shutdown)

      receive do
        {:DOWN, _ref, :process, ^pid, _reason} -> :ok
      after
        5_000 -> Process.exit(pid, :kill)
      end
    end)
  end

  def shutdown_send(pid, reason) do
    caller = self()
    enforcer = spawn(fn -> enforce(pid, reason, caller) end)
    Process.exit(pid, reason)
    send(enforcer, :done)
  end

  defp enforce(pid, reason, caller) do
    mon = Process.monitor(caller)

    receive do
      :done -> :ok
      {:DOWN, ^mon, _, _, _} -> Process.exit(pid, reason)
    end
  end
end

defmodule MyApp.Async do
  @moduledoc "APIs whose value holds the task: their caller awaits it."

  def async_assign(conn, key, fun), do: Plug.Conn.assign(conn, key, Task.async(fun))

  def start(fun) do
    ref = make_ref()
    task = Task.async(fun)
    {ref, task}
  end
end
