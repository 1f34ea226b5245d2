defmodule ShopCore.Pricing do
  @moduledoc "Price arithmetic served through a process: pure computation needs none."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def total(lines), do: GenServer.call(__MODULE__, {:total, lines})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:total, lines}, _from, state) do
    total = Enum.reduce(lines, 0, fn {price, qty}, acc -> acc + price * qty end)
    {:reply, total, state}
  end
end
