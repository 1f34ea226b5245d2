defmodule MyApp.BenchCase do
  @moduledoc "A case template kept under lib/: its setup_all runs in test runs only."
  use ExUnit.CaseTemplate

  using do
    quote do
      import MyApp.BenchCase
    end
  end

  setup_all do
    {:ok, agent} = Agent.start(fn -> [] end)
    {:ok, results: agent}
  end
end

defmodule MyApp.XmlStream do
  @moduledoc "A producer's parser, linked and monitored, reports every record back through GenStage.call."
  use GenStage

  def init(path), do: {:producer, %{path: path, parser: nil}}

  def handle_subscribe(:consumer, _opts, _from, state) do
    parent = self()
    path = state.path
    pid = spawn_link(fn -> MyApp.Sax.stream(path, &GenStage.call(parent, {:emit, &1}, :infinity)) end)
    Process.monitor(pid)
    {:automatic, %{state | parser: pid}}
  end

  def handle_call({:emit, record}, _from, state), do: {:reply, :ok, [record], state}

  def handle_info({:DOWN, _ref, :process, _pid, _reason}, state), do: {:stop, :normal, state}

  def handle_demand(_demand, state), do: {:noreply, [], state}
end
