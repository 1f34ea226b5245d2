defmodule MyApp.Jobs.Supervisor do
  @moduledoc "use Task's child_spec/1 replaces DynamicSupervisor's: started as a temporary worker."
  use DynamicSupervisor
  use Task # expect: OTP017

  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
end

defmodule MyApp.Poller do
  @moduledoc "A permanent server that also says use Task: a crash ends its polling for good (restart: :temporary)."
  use GenServer
  require Logger
  use Task # expect: OTP017

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(arg) do
    Process.send_after(self(), :poll, 1_000)
    {:ok, arg}
  end

  @impl true
  def handle_info(:poll, state) do
    Process.send_after(self(), :poll, 1_000)
    {:noreply, state}
  end
end
