defmodule MyApp.Attrs do
  @moduledoc """
  bors-ng's BorsNG.Attrs shape: runtime constants fetched once at start-up and kept in a named Agent;
  a page reads them. A write-once value: :persistent_term fits it better still.
  """

  def start_link do
    pid = Agent.start_link(fn -> %{} end, name: __MODULE__) # expect: OTP004
    MyApp.Attrs.put_app_link(MyApp.GitHub.get_app!())
    pid
  end

  def app_link(key), do: Agent.get(__MODULE__, &Map.get(&1, key))

  def put_app_link(link), do: Agent.update(__MODULE__, &Map.put(&1, :app_link, link))
end

defmodule MyAppWeb.ProjectView do
  def install_url, do: "#{MyApp.Attrs.app_link(:app_link)}/installations/new"
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [%{id: MyApp.Attrs, start: {MyApp.Attrs, :start_link, []}}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
