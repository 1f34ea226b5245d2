defmodule MyApp.Settings do
  @moduledoc """
  Site settings in :persistent_term, read without any message. The GenServer
  only reloads them from the database every five minutes.
  """
  use GenServer

  @key {__MODULE__, :settings}
  @every :timer.minutes(5)

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def get(name, default \\ nil), do: Map.get(:persistent_term.get(@key, %{}), name, default)

  @impl true
  def init(:ok), do: {:ok, nil, {:continue, :load}}

  @impl true
  def handle_continue(:load, state), do: {:noreply, reload(state)}

  @impl true
  def handle_info(:reload, state), do: {:noreply, reload(state)}

  defp reload(state) do
    settings = Map.new(MyApp.Repo.all(MyApp.Settings.Setting), &{&1.name, &1.value})
    if settings != :persistent_term.get(@key, nil), do: :persistent_term.put(@key, settings)
    Process.send_after(self(), :reload, @every)
    state
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Repo, MyApp.Settings]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
