defmodule MyApp.Metrics.Buffer do
  @moduledoc """
  Buffers metrics and flushes every 100 items or 5 seconds. The long-lived
  server is a Task.start_link closure with a receive loop.
  """

  def child_spec(opts), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [opts]}}

  def start_link(_opts) do
    Task.start_link(fn -> # expect: OTP006
      Process.register(self(), __MODULE__)
      loop([])
    end)
  end

  def push(metric), do: send(__MODULE__, {:push, metric})

  defp loop(buffer) do
    receive do
      {:push, metric} when length(buffer) >= 99 ->
        MyApp.Metrics.Sink.write([metric | buffer])
        loop([])

      {:push, metric} ->
        loop([metric | buffer])
    after
      5_000 ->
        MyApp.Metrics.Sink.write(buffer)
        loop([])
    end
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Metrics.Buffer]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
