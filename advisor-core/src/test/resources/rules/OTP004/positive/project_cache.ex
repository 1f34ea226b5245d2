defmodule MyApp.ProjectCache do
  @moduledoc """
  elixir-ls' MixProjectCache shape: a snapshot of project settings stored after each build and read
  by key from every request; loaded?/0 only checks the whole map with is_map/1.
  """
  use GenServer # expect: OTP004

  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

  def store(project), do: GenServer.call(__MODULE__, {:store, project})
  def loaded?, do: GenServer.call(__MODULE__, :loaded?)
  def config, do: GenServer.call(__MODULE__, {:get, :config})
  def deps_path, do: GenServer.call(__MODULE__, {:get, :deps_path})

  @impl true
  def init(_), do: {:ok, nil}

  @impl true
  def handle_call({:get, _key}, _from, nil = state), do: {:reply, {:error, :not_loaded}, state}
  def handle_call({:get, key}, _from, state), do: {:reply, {:ok, Map.fetch!(state, key)}, state}
  def handle_call({:store, project}, _from, _state), do: {:reply, :ok, project}
  def handle_call(:loaded?, _from, state), do: {:reply, is_map(state), state}
end

defmodule MyApp.Build do
  def after_build(project), do: MyApp.ProjectCache.store(project)
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([{MyApp.ProjectCache, []}], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
