defmodule MyApp.Sync do
  @moduledoc "The caller waits for what it spawns, with a monitor or a timeout: nothing is left behind."

  def sync_all(accounts) do
    Enum.each(accounts, fn account ->
      {pid, ref} = spawn_monitor(fn -> MyApp.Sync.Worker.run(account) end)

      receive do
        {:DOWN, ^ref, :process, ^pid, _reason} -> :ok
      after
        600_000 -> Process.exit(pid, :kill)
      end
    end)
  end

  def fetch(url) do
    parent = self()
    pid = spawn(fn -> send(parent, {:fetched, MyApp.HTTP.get(url)}) end)

    receive do
      {:fetched, body} -> body
    after
      5_000 ->
        Process.exit(pid, :kill)
        nil
    end
  end

  def run_test(test) do
    me = self()
    {pid, ref} = spawn_monitor(fn -> send(me, {:done, self(), MyApp.Tests.exec(test)}) end)
    await_test(pid, ref)
  end

  defp await_test(pid, ref) do
    receive do
      {:done, ^pid, result} -> result
      {:DOWN, ^ref, :process, ^pid, reason} -> {:error, reason}
    end
  end
end

defmodule MyApp.Schedule do
  @moduledoc "Starts a fetcher, monitors it and waits for it to finish: the run is the caller's, start to end."
  def load_once(files) do
    {:ok, pid} = GenServer.start_link(MyApp.Schedule.Fetcher, files: files)
    ref = Process.monitor(pid)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    after
      30_000 -> :timeout
    end
  end
end
