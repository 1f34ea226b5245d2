defmodule MyAppWeb.JobChannel do
  @moduledoc "The child gets the whole opts bag: no term in it names an entity to partition by."
  use MyAppWeb, :channel

  def join("jobs", opts, socket) do
    {:ok, _pid} = MyApp.Jobs.start(opts)
    {:ok, socket}
  end
end

defmodule MyApp.Jobs do
  def start(opts) do
    DynamicSupervisor.start_child(MyApp.JobSupervisor, {MyApp.Jobs.Runner, opts})
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, strategy: :one_for_one, name: MyApp.JobSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
