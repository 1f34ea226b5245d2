defmodule MyApp.Stats.PageViews do
  @moduledoc "Total page views since boot."
  use Agent

  def start_link(_opts), do: Agent.start_link(fn -> 0 end, name: __MODULE__)
  def count, do: Agent.get(__MODULE__, & &1)
end

defmodule MyAppWeb.Plugs.TrackPageView do
  @moduledoc "Counts every page view by reaching into the Agent directly."
  import Plug.Conn

  def init(opts), do: opts

  def call(conn, _opts) do
    register_before_send(conn, fn conn ->
      Agent.update(MyApp.Stats.PageViews, &(&1 + 1)) # expect: OTP007
      conn
    end)
  end
end

defmodule MyAppWeb.Admin.StatsLive do
  use MyAppWeb, :live_view

  def mount(_params, _session, socket) do
    {:ok, assign(socket, :views, Agent.get(MyApp.Stats.PageViews, & &1))} # expect: OTP007
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Stats.PageViews]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
