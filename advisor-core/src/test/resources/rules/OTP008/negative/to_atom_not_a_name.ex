defmodule MyApp.Release do
  @moduledoc """
  Release-time helpers. String.to_atom here turns an operator-supplied log
  level into an atom once; it never names a process, so OTP008 does not apply.
  """

  @levels ~w(debug info warning error)

  def configure_logging do
    level = System.get_env("LOG_LEVEL", "info")

    if level in @levels do
      Logger.configure(level: String.to_atom(level))
    end
  end

  def migrate do
    for repo <- Application.fetch_env!(:my_app, :ecto_repos) do
      {:ok, _, _} = Ecto.Migrator.with_repo(repo, &Ecto.Migrator.run(&1, :up, all: true))
    end
  end
end
