defmodule Mix.Tasks.MyApp.Import do
  @moduledoc "A Mix task: its processes live as long as the task."
  use Mix.Task

  def run(args) do
    Mix.Task.run("app.start")
    Task.start(fn -> MyApp.Import.run(args) end)
    spawn(fn -> MyApp.Import.report() end)
    Process.sleep(:infinity)
  end
end

defmodule MyApp.Release do
  @moduledoc "Release tasks run by bin/my_app eval, while the application's tree is not running."
  @app :my_app

  def migrate do
    Application.load(@app)

    for repo <- Application.fetch_env!(@app, :ecto_repos) do
      {:ok, _, _} = Ecto.Migrator.with_repo(repo, &Ecto.Migrator.run(&1, :up, all: true))
    end

    Task.start(fn -> MyApp.Alerts.notify("migrated") end)
    Process.sleep(1_000)
  end
end
