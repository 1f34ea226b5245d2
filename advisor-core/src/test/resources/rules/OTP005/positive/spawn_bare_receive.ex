defmodule MyApp.Pricing do
  @moduledoc "Waits for a spawned worker with a bare receive: if the worker crashes, the caller hangs."

  def quote_price(items) do
    parent = self()
    spawn(fn -> send(parent, {:price, MyApp.Pricing.Engine.price(items)}) end) # expect: OTP005

    receive do
      {:price, price} -> price
    end
  end
end

defmodule MyApp.Pricing.Server do
  @moduledoc "The same inside a GenServer callback: the server itself hangs."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts), do: {:ok, %{markup: Keyword.get(opts, :markup, 1)}}

  @impl true
  def handle_call({:quote, items}, _from, state) do
    me = self()
    Process.spawn(fn -> send(me, {:price, MyApp.Pricing.Engine.price(items)}) end, []) # expect: OTP005

    receive do
      {:price, price} -> {:reply, price * state.markup, state}
    end
  end
end
