defmodule Shop.Jobs do
  @moduledoc "Task usages."

  def fetch_both(a, b) do
    t1 = Task.async(fn -> expensive(a) end)
    t2 = Task.async(fn -> expensive(b) end)
    Task.await_many([t1, t2])
  end

  def fire_and_forget(conn) do
    Task.start(fn -> IO.puts(conn.assigns.user_id) end)
  end

  def supervised(data) do
    Task.Supervisor.start_child(Shop.TaskSupervisor, fn -> expensive(data) end)
  end

  def many(items) do
    items |> Task.async_stream(&expensive/1) |> Enum.to_list()
  end

  def raw(socket) do
    spawn(fn -> send(socket.transport_pid, :hello) end)
    pid = spawn_link(fn -> loop(0) end)
    send(pid, {:socket, socket})
  end

  def unawaited(x), do: Task.async(fn -> expensive(x) end)

  defp loop(n) do
    receive do
      :stop -> :ok
      _ -> loop(n + 1)
    end
  end

  defp expensive(x), do: x * 2
end
