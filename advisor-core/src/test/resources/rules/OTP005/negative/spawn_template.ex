defmodule MyApp.Instrumentation do
  @moduledoc """
  `instrument/2` wraps a block so its timing is reported off the hot path.
  The spawn below is quoted code: it is analyzed where the macro is used.
  """

  defmacro instrument(event, do: block) do
    quote do
      started = System.monotonic_time()
      result = unquote(block)
      elapsed = System.monotonic_time() - started
      event = unquote(event)

      Task.Supervisor.start_child(MyApp.TaskSupervisor, fn ->
        :telemetry.execute(event, %{duration: elapsed}, %{})
      end)

      spawn(fn -> MyApp.Metrics.flush() end)
      result
    end
  end
end
