defmodule MyApp.BenchTracer do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  def record(pid, time), do: GenServer.cast(pid, {:record, time})

  # Only the benchmark task starts it: the table is meant to end with the command.
  @impl true
  def init(_opts), do: {:ok, :ets.new(:bench_times, [:bag])}

  @impl true
  def handle_cast({:record, time}, table) do
    :ets.insert(table, {:time, time})
    {:noreply, table}
  end
end

defmodule Mix.Tasks.MyApp.Bench do
  use Mix.Task

  @shortdoc "Times the buffer"
  def run(_args) do
    {:ok, tracer} = MyApp.BenchTracer.start_link([])
    MyApp.BenchTracer.record(tracer, System.monotonic_time())
  end
end
