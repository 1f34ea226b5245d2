defmodule MyApp.Mailer.Flusher do
  @moduledoc "A task module: its own start_link is what the child spec runs."
  use Task

  def start_link(opts) do
    Task.start_link(fn -> run(opts) end)
  end

  defp run(opts), do: MyApp.Mailer.flush(opts)
end

defmodule MyApp.Metrics.Reporter do
  @moduledoc "A child spec naming another start function, and a private helper start_link calls."

  def child_spec(opts) do
    %{id: __MODULE__, start: {__MODULE__, :start_reporter, [opts]}}
  end

  def start_reporter(opts) do
    Task.start_link(fn -> MyApp.Metrics.report_forever(opts) end)
  end

  def start_link(opts), do: do_start(opts)

  defp do_start(opts) do
    Agent.start_link(fn -> opts end, name: MyApp.Metrics.Reporter.State)
  end
end

defmodule MyApp.Search do
  @moduledoc "A facade whose start_link starts the server module under the facade's child spec."

  def start_link(opts) do
    GenServer.start_link(MyApp.Search.Server, opts, name: MyApp.Search.Server)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Mailer.Flusher, MyApp.Metrics.Reporter, MyApp.Search]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
