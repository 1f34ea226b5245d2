defmodule MyApp.Connector do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts), do: {:ok, %{opts: opts, joined: false}, {:continue, :connect}}

  @impl true
  def handle_continue(:connect, state) do
    {:noreply, state, {:continue, :join_channel}} # expect: OTP012
  end
end

defmodule MyApp.NoContinueClauses do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts), do: {:ok, opts, {:continue, :load}} # expect: OTP012

  @impl true
  def handle_info(:tick, state), do: {:noreply, state}
end
