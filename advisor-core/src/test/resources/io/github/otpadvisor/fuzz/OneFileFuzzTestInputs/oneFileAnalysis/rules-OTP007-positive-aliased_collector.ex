defmodule MyApp.Metrics.Collector do
  @moduledoc "Aggregates counters and flushes them to the metrics backend every 10 seconds."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    Process.send_after(self(), :flush, 10_000)
    {:ok, %{}}
  end

  @impl true
  def handle_cast({:incr, key, by}, counts), do: {:noreply, Map.update(counts, key, by, &(&1 + by))}

  @impl true
  def handle_info(:flush, counts) do
    MyApp.Metrics.Backend.push(counts)
    Process.send_after(self(), :flush, 10_000)
    {:noreply, %{}}
  end
end

defmodule MyAppWeb.Plugs.CountRequests do
  @behaviour Plug

  alias MyApp.Metrics.Collector, as: C

  @impl true
  def init(opts), do: opts

  @impl true
  def call(conn, _opts) do
    GenServer.cast(C, {:incr, "http.requests", 1}) # expect: OTP007
    conn
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Metrics.Collector]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
