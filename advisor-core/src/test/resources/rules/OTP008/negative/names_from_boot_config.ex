defmodule MyApp.Signs.Supervisor do
  @moduledoc """
  One child per sign listed in a file shipped with the release, read once when the supervisor starts: the
  set of names is fixed per release, and a restart reuses the same atom.
  """
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    for config <- MyApp.Signs.Config.all() do
      Supervisor.child_spec({MyApp.Signs.Sign, config}, id: config["id"])
    end
    |> Supervisor.init(strategy: :one_for_one)
  end
end

defmodule MyApp.Signs.Sign do
  use GenServer

  def start_link(config) do
    GenServer.start_link(__MODULE__, config, name: :"Signs/#{config["id"]}")
  end

  @impl true
  def init(config), do: {:ok, config}
end
