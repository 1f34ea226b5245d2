defmodule Shop.Calculator do
  @moduledoc "Arithmetic served by a process: code organization by process."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def add(a, b), do: GenServer.call(__MODULE__, {:add, a, b})
  def multiply(a, b), do: GenServer.call(__MODULE__, {:multiply, a, b})

  @impl true
  def init(_opts), do: {:ok, nil}

  @impl true
  def handle_call({:add, a, b}, _from, state), do: {:reply, a + b, state}
  def handle_call({:multiply, a, b}, _from, state), do: {:reply, a * b, state}
end
