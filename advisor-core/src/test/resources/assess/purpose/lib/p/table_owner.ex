defmodule P.TableOwner do
  @moduledoc "Owns the measurements table: callers put and read entries directly."
  use GenServer

  @table :p_measurements

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def put(key, value), do: :ets.insert(@table, {key, value})
  def get(key), do: :ets.lookup(@table, key)

  @impl true
  def init(:ok) do
    table = :ets.new(@table, [:named_table, :public, read_concurrency: true])
    {:ok, %{table: table}}
  end
end
