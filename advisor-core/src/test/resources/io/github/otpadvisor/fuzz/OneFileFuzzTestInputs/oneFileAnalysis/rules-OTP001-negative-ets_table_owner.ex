defmodule MyApp.Fx.Rates do
  @moduledoc """
  Owns the :fx_rates table. The process state is nil, but the process is the
  table's owner: if it dies the table dies, and its supervisor recreates both.
  Readers and the importer use the table directly.
  """
  use GenServer

  @table :fx_rates

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def rate(from, to) do
    case :ets.lookup(@table, {from, to}) do
      [{_pair, rate}] -> {:ok, rate}
      [] -> :error
    end
  end

  def store(rates) when is_list(rates), do: :ets.insert(@table, rates)

  @impl true
  def init(:ok) do
    :ets.new(@table, [:named_table, :public, read_concurrency: true])
    {:ok, nil}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Fx.Rates]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
