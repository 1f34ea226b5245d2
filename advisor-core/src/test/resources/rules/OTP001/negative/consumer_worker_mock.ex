defmodule MyApp.Processor.ConsumerWorkerMock do
  @moduledoc "A test double for the poolboy worker, swapped in by config/test.exs: test code, not production."
  use GenServer

  def start_link(state), do: GenServer.start_link(__MODULE__, state)

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({message, _process_state, _from}, _from2, state) do
    {:reply, message, state}
  end
end
