defmodule MyApp.Ledger.Writer do
  @moduledoc """
  Appends entries to the ledger file. Appends from many callers must not
  interleave, so they are serialized through this process, which also owns
  the open file.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def append(entry), do: GenServer.call(__MODULE__, {:append, entry})

  @impl true
  def init(opts) do
    {:ok, io} = File.open(Keyword.fetch!(opts, :path), [:append, :binary])
    {:ok, %{io: io}}
  end

  @impl true
  def handle_call({:append, entry}, _from, %{io: io} = state) do
    line = Enum.join([entry.id, entry.account, entry.amount_cents], ",") <> "\n"
    :ok = IO.binwrite(io, line)
    {:reply, :file.datasync(io), state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Ledger.Writer, path: "/var/lib/my_app/ledger.csv"}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
