defmodule MyApp.Counter do
  @moduledoc """
  Loads the last saved count over HTTP in init/1 and creates its named ETS table with it through create/2; the
  next sibling reads that table in its own init/1, so the table must exist when this init/1 returns.
  """
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

  @impl true
  def init(state) do
    count = fetch_count()
    create(:counts, count)
    {:ok, state}
  end

  @impl true
  def handle_call(:count, _from, state), do: {:reply, get(:counts), state}

  def create(table, count) do
    :ets.new(table, [:named_table, :public])
    :ets.insert(table, {:count, count})
  end

  def get(table), do: :ets.lookup(table, :count)

  defp fetch_count do
    {:ok, resp} = Finch.build(:get, "http://x/count") |> Finch.request(MyApp.Finch) # expect: OTP013
    String.to_integer(resp.body)
  end
end

defmodule MyApp.CountPoller do
  @moduledoc "Reads the counter's table directly in init/1, right after MyApp.Counter starts."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

  @impl true
  def init(_) do
    [{:count, count}] = MyApp.Counter.get(:counts)
    {:ok, count}
  end

  @impl true
  def handle_call(:count, _from, count), do: {:reply, count, count}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [MyApp.Counter, MyApp.CountPoller]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
