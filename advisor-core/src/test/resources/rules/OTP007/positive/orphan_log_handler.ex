defmodule MyApp.Runtime.NodeManager do
  @moduledoc """
  Livebook's ErlDist.NodeManager shape: a named process whose catch-all handle_info swallows any
  message it does not know, so a sender's changed message shape goes unnoticed.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def sink_pid, do: GenServer.call(__MODULE__, :sink_pid)

  @impl true
  def init(opts), do: {:ok, %{capture_orphan_logs: Keyword.get(opts, :capture_orphan_logs, true), sink: nil}}

  @impl true
  def handle_call(:sink_pid, _from, state), do: {:reply, state.sink, state}

  @impl true
  def handle_info({:orphan_log, output}, state) do
    if state.capture_orphan_logs, do: IO.write(:standard_error, output)
    {:noreply, state}
  end

  def handle_info(_message, state), do: {:noreply, state}
end

defmodule MyApp.Runtime.LoggerHandler do
  @moduledoc "A :logger handler: runs in the logging process, forwards orphan logs to the manager."
  def log(%{meta: meta} = event, %{formatter: {formatter, config}}) do
    message = formatter.format(event, config)

    if is_pid(meta[:gl]) do
      send(meta.gl, {:io_request, self(), make_ref(), {:put_chars, :unicode, message}})
    else
      send(MyApp.Runtime.NodeManager, {:orphan_log, message}) # expect: OTP007
    end
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.Runtime.NodeManager], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
