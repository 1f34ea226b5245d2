defmodule Indexer.Fetcher do
  @moduledoc "Its quote generates a Supervisor inside each user's namespace that starts the user."
  defmacro __using__(_opts) do
    quote do
      defmodule Supervisor do
        use Elixir.Supervisor

        def start_link(args), do: Elixir.Supervisor.start_link(__MODULE__, args, name: __MODULE__)

        @impl true
        def init(args), do: Elixir.Supervisor.init([{unquote(__CALLER__.module), args}], strategy: :one_for_one)
      end
    end
  end
end

defmodule Indexer.Fetcher.Prices do
  use GenServer
  use Indexer.Fetcher

  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

  @impl true
  def init(_args) do
    :timer.send_interval(60_000, :fetch)
    {:ok, %{fetched: 0}}
  end

  @impl true
  def handle_info(:fetch, state), do: {:noreply, %{state | fetched: state.fetched + Indexer.Prices.fetch()}}
end

defmodule Indexer.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Elixir.Supervisor.start_link([{Indexer.Fetcher.Prices.Supervisor, []}], strategy: :one_for_one)
  end
end
