defmodule MyApp.Base do
  defmacro __using__(_opts) do
    quote do
      use GenServer

      def handle_info(:heartbeat, state), do: {:noreply, state}

      defoverridable handle_info: 2
    end
  end
end

defmodule MyApp.Beating do
  use GenServer
  use MyApp.Base

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(_opts) do
    send(self(), :heartbeat)
    {:ok, %{}}
  end

  @impl true
  def handle_info(:other, state), do: {:noreply, state}
end

defmodule MyApp.Hooked do
  use GenServer
  @before_compile MyApp.Hooks

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(_opts) do
    send(self(), :hooked)
    {:ok, %{}}
  end

  @impl true
  def handle_info(:other, state), do: {:noreply, state}
end

defmodule MyApp.Consumer do
  use GenServer
  use SomeLib.Consumer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(_opts) do
    send(self(), :connect)
    {:ok, %{}}
  end
end

defmodule MyAppWeb.CounterComponent do
  use Phoenix.LiveComponent

  def handle_event("inc", _params, socket) do
    send(self(), {:counter_changed, socket.assigns.id})
    {:noreply, socket}
  end
end

defmodule MyAppWeb.PageLive do
  use Phoenix.LiveView

  def mount(_params, _session, socket) do
    send(self(), :load)
    {:ok, socket}
  end

  def handle_info(:other, socket), do: {:noreply, socket}
end

defmodule MyApp.Handler do
  use GenServer
  @behaviour :cowboy_websocket

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts), do: {:ok, opts}

  def init(req, opts), do: {:cowboy_websocket, req, opts}
end
