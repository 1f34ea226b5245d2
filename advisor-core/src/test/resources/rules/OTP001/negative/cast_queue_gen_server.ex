defmodule MyApp.Audit.Forwarder do
  @moduledoc """
  Forwards audit events to the SIEM, one at a time, off the callers' path: a cast-only queue (callers
  never wait), written against :gen_server directly.
  """
  @behaviour :gen_server

  def child_spec(opts), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [opts]}}

  def start_link(_opts) do
    :gen_server.start_link({:local, __MODULE__}, __MODULE__, [], [])
  end

  def forward(event), do: :gen_server.cast(__MODULE__, {:forward, event})

  @impl true
  def init([]), do: {:ok, :no_state}

  @impl true
  def handle_cast({:forward, event}, state) do
    _ = MyApp.Siem.Client.post("/v1/events", event)
    {:noreply, state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Audit.Forwarder]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
