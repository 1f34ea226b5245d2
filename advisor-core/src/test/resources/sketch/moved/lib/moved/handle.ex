defmodule Moved.Handle do
  @moduledoc "Owns a database handle that callers use directly."
  use GenServer

  def start_link(opts) do
    GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  end

  def get(key), do: :eleveldb.get(ref(), key, [])

  def init(opts) do
    {:ok, ref} = :eleveldb.open(Keyword.fetch!(opts, :dir), create_if_missing: true)
    {:ok, %{ref: ref}}
  end

  def handle_call(:get_ref, _from, %{ref: ref} = state), do: {:reply, ref, state}

  defp ref, do: GenServer.call(__MODULE__, :get_ref)
end
