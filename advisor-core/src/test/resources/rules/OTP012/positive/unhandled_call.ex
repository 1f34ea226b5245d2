defmodule MyApp.Store do
  @moduledoc "insert/2 calls a message no handle_call clause takes: every insert crashes the store."
  use GenServer

  def start_link(conn), do: GenServer.start_link(__MODULE__, conn, name: __MODULE__)

  def get(key), do: GenServer.call(__MODULE__, {:get, key})

  def insert(doc, collection), do: GenServer.call(__MODULE__, {:insert, doc, collection}) # expect: OTP012

  def count, do: GenServer.call(__MODULE__, :count)

  @impl true
  def init(conn), do: {:ok, %{conn: conn, docs: %{}}}

  @impl true
  def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state.docs, key), state}

  def handle_call({:insert, doc}, _from, state), do: {:reply, :ok, put_in(state.docs[doc.id], doc)}

  def handle_call(:count, _from, state), do: {:reply, map_size(state.docs), state}
end
