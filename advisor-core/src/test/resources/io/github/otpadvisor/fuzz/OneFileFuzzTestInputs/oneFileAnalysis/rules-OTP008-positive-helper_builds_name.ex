defmodule MyApp.Devices.Poller do
  @moduledoc "Polls one device; its name comes from a helper that turns the serial into an atom via a charlist."
  use GenServer

  def start_link(serial), do: GenServer.start_link(__MODULE__, serial, name: name(serial))

  def watch(serial) do
    case DynamicSupervisor.start_child(MyApp.PollerSupervisor, {__MODULE__, serial}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  defp name(serial), do: List.to_atom(~c"poller:" ++ String.to_charlist(serial)) # expect: OTP008

  @impl true
  def init(serial) do
    :timer.send_interval(5_000, :poll)
    {:ok, %{serial: serial, last: nil}}
  end

  @impl true
  def handle_info(:poll, state), do: {:noreply, %{state | last: MyApp.Devices.read(state.serial)}}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, strategy: :one_for_one, name: MyApp.PollerSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
