defmodule MyApp.Index do
  @moduledoc "Linked helpers of a supervised GenServer that report back to it: it owns them."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts), do: {:ok, %{opts: opts, results: []}}

  @impl true
  def handle_call({:query, q}, from, state) do
    {:ok, _pid} = Task.start_link(fn -> GenServer.reply(from, MyApp.Index.Search.run(q)) end)
    {:noreply, state}
  end

  @impl true
  def handle_cast(:reindex, state) do
    parent = self()
    opts = state.opts
    spawn_link(fn -> send(parent, {:indexed, MyApp.Index.Builder.build(opts)}) end)
    {:noreply, state}
  end

  @impl true
  def handle_info({:indexed, results}, state), do: {:noreply, %{state | results: results}}
end

defmodule MyAppWeb.SettingsLive do
  @moduledoc "A LiveView's linked helper that sends its result back to the LiveView."
  use Phoenix.LiveView

  def handle_event("refresh", _params, socket) do
    me = self()
    spawn_link(fn -> send(me, {:settings, MyApp.Settings.load()}) end)
    {:noreply, assign(socket, refreshing: true)}
  end

  def handle_info({:settings, settings}, socket), do: {:noreply, assign(socket, settings: settings)}
end
