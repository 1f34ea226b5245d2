defmodule MyApp.PaymentsMock do
  @moduledoc "A test double under test/support: test code, never a production process module."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def charge(amount), do: GenServer.call(__MODULE__, {:charge, amount})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:charge, amount}, _from, state), do: {:reply, {:ok, amount}, state}
end
