# A GenServer without a runtime reason to be a process (OTP001, OTP002), named with ESC sequences and U+202E.
defmodule :"Elixir.Evil\e[2J\e[31mRed\u202EX" do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:total, lines}, _from, state), do: {:reply, Enum.sum(lines), state}
end
