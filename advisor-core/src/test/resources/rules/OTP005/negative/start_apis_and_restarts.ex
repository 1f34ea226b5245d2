defmodule MyApp.Admin do
  @moduledoc "A task that restarts the application must outlive the tree it takes down."

  def restart do
    Task.start(fn ->
      Process.sleep(1_000)
      MyApp.Application.restart()
    end)
  end

  def halt_later do
    spawn(fn -> System.stop(0) end)
  end
end

defmodule MyApp.Pool do
  @moduledoc "A public start/1 API, like Agent.start/2: it hands the pid to a caller that owns its lifetime."

  def start(opts), do: GenServer.start(MyApp.Pool.Server, opts)
end
