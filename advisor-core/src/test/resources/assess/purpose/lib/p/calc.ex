defmodule P.Calc do
  @moduledoc "Control: pure computation behind a local name, no purpose idiom: plain functions."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
  def add(a, b), do: GenServer.call(__MODULE__, {:add, a, b})

  @impl true
  def init(nil), do: {:ok, nil}

  @impl true
  def handle_call({:add, a, b}, _from, state) do
    IO.inspect(a, label: "add")
    {:reply, a + b, state}
  end
end
