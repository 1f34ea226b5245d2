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

defmodule MyApp.Async do
  @moduledoc "APIs whose value holds the task: their caller awaits it."

  def async_assign(conn, key, fun), do: Plug.Conn.assign(conn, key, Task.async(fun))

  def start(fun) do
    ref = make_ref()
    task = Task.async(fun)
    {ref, task}
  end
end
