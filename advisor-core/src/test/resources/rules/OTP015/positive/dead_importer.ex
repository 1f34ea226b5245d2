defmodule Shop.LegacyImporter do
  @moduledoc "Nothing lists, starts or names this importer: it never runs."
  use GenServer

  def start_link(opts) do # expect: OTP015
    GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  end

  @impl true
  def init(opts) do
    Process.send_after(self(), :import, Keyword.get(opts, :every, 60_000))
    {:ok, %{every: Keyword.get(opts, :every, 60_000), imported: 0}}
  end

  @impl true
  def handle_info(:import, state) do
    count = Shop.Catalog.import_feed()
    Process.send_after(self(), :import, state.every)
    {:noreply, %{state | imported: state.imported + count}}
  end
end

defmodule Shop.PriceRefresher do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts) do
    :timer.send_interval(30_000, :refresh)
    {:ok, %{refreshed_at: nil}}
  end

  @impl true
  def handle_info(:refresh, state) do
    Shop.Catalog.refresh_prices()
    {:noreply, %{state | refreshed_at: DateTime.utc_now()}}
  end
end

defmodule Shop.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [Shop.Repo, Shop.PriceRefresher]
    Supervisor.start_link(children, strategy: :one_for_one, name: Shop.Supervisor)
  end
end
