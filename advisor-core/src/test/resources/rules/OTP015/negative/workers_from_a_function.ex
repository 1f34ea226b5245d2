defmodule Feeds.Application do
  @moduledoc "The workers are named in a function and turned into child specs in a comprehension."
  use Application

  @impl true
  def start(_type, _args) do
    children = for worker <- workers(), do: Supervisor.child_spec({worker, []}, id: worker)
    Supervisor.start_link(children, strategy: :one_for_one, name: Feeds.Supervisor)
  end

  defp workers, do: [Feeds.RssPoller, Feeds.AtomPoller]
end

defmodule Feeds.RssPoller do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts) do
    :timer.send_interval(300_000, :poll)
    {:ok, %{etag: nil}}
  end

  @impl true
  def handle_info(:poll, state), do: {:noreply, %{state | etag: Feeds.Http.poll(:rss, state.etag)}}
end

defmodule Feeds.AtomPoller do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts) do
    :timer.send_interval(300_000, :poll)
    {:ok, %{etag: nil}}
  end

  @impl true
  def handle_info(:poll, state), do: {:noreply, %{state | etag: Feeds.Http.poll(:atom, state.etag)}}
end
