defmodule MyTool.CLI do
  @moduledoc "The entry point of the escript and of the Mix task: what it starts lives as long as the command."
  def main(argv) do
    MyTool.Watcher.run(argv)

    receive do
      :stop -> :ok
    end
  end
end

defmodule MyTool.Watcher do
  def run(argv) do
    spawn(fn ->
      {:ok, pid} = FileSystem.start_link(dirs: ["lib"])
      FileSystem.subscribe(pid)
      loop(argv)
    end)
  end

  defp loop(argv) do
    receive do
      {:file_event, _pid, _event} ->
        MyTool.run(argv)
        loop(argv)
    end
  end
end

defmodule Mix.Tasks.MyTool do
  use Mix.Task

  def run(argv), do: MyTool.CLI.main(argv)
end
