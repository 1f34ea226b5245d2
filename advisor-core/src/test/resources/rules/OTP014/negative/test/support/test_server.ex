defmodule MyApp.TestServer do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  # Called from test_helper.exs as well as from tests: the caller is not known to be a test process.
  def start_fresh(opts) do
    {:ok, pid} = GenServer.start_link(__MODULE__, opts)
    pid
  end

  @impl true
  def init(opts), do: {:ok, opts}
end
