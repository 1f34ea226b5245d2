defmodule MyApp.Tenants.Config do
  @moduledoc """
  Tenant configuration, loaded once at boot into :persistent_term. No process
  holds it, so reads never wait on a mailbox.
  """

  @key {__MODULE__, :tenants}

  def load!(path) do
    tenants = path |> File.read!() |> Jason.decode!() |> Map.new(&{&1["slug"], &1})
    :persistent_term.put(@key, tenants)
  end

  def fetch(slug), do: Map.fetch(:persistent_term.get(@key), slug)
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    MyApp.Tenants.Config.load!(Application.app_dir(:my_app, "priv/tenants.json"))
    children = [MyApp.Repo]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
