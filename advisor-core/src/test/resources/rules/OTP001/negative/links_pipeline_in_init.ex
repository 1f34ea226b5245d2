defmodule MyApp.Backends.WebhookAdaptor do
  @moduledoc """
  One per backend: its init starts and links the backend's pipeline (logflare's WebhookAdaptor shape).
  The state is empty, but the process anchors the pipeline: both live and die together.
  """
  use GenServer

  def start_link(backend), do: GenServer.start_link(__MODULE__, backend)

  def ingest(pid, events), do: GenServer.call(pid, {:ingest, events})

  @impl true
  def init(backend) do
    {:ok, _pipeline} = MyApp.Backends.WebhookAdaptor.Pipeline.start_link(%{backend: backend})
    {:ok, %{}}
  end

  @impl true
  def handle_call({:ingest, events}, _from, state) do
    {:reply, MyApp.Backends.Buffer.push(events), state}
  end
end
