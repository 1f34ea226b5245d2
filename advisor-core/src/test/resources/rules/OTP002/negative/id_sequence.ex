defmodule MyApp.Ids.Sequence do
  @moduledoc """
  Hands out per-prefix sequence numbers. The handler ignores the process state
  but its reply comes from a side effect on the table this process owns.
  """
  use GenServer

  @table :id_sequences

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def next(prefix), do: GenServer.call(__MODULE__, {:next, prefix})

  @impl true
  def init(:ok) do
    :ets.new(@table, [:named_table, :protected, :set])
    {:ok, nil}
  end

  @impl true
  def handle_call({:next, prefix}, _from, state) do
    n = :ets.update_counter(@table, prefix, 1, {prefix, 0})
    {:reply, "#{prefix}-#{String.pad_leading(Integer.to_string(n), 6, "0")}", state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Ids.Sequence]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
