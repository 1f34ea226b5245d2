defmodule MyApp.Search.Indexer do
  @moduledoc """
  Batches documents and flushes them to the search engine. Listed in the
  supervision tree, but start_link calls GenServer.start: the supervisor is
  not linked to it, so a crash is never noticed and never restarted.
  """
  use GenServer

  @flush_ms 2_000

  def start_link(opts) do
    GenServer.start(__MODULE__, opts, name: __MODULE__) # expect: OTP005
  end

  def index(doc), do: GenServer.cast(__MODULE__, {:index, doc})

  @impl true
  def init(_opts), do: {:ok, []}

  @impl true
  def handle_cast({:index, doc}, []), do: {:noreply, [doc], @flush_ms}
  def handle_cast({:index, doc}, batch), do: {:noreply, [doc | batch], @flush_ms}

  @impl true
  def handle_info(:timeout, batch) do
    :ok = MyApp.Search.bulk_index(Enum.reverse(batch))
    {:noreply, []}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Search.Indexer]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
