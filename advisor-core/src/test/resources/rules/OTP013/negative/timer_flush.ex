defmodule MyApp.Session do
  @moduledoc """
  init/1 re-arms the idle timer through a helper that cancels the old one: the receive only takes the
  timer's message when Process.cancel_timer/1 found it already sent, so it never waits. The drain with
  `after 0` does not wait either.
  """
  use GenServer, restart: :transient

  @idle 60_000

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def touch, do: GenServer.cast(__MODULE__, :touch)

  @impl true
  def init(opts) do
    drain()
    {:ok, rearm(%{timer: opts[:timer], touched: 0})}
  end

  @impl true
  def handle_cast(:touch, state), do: {:noreply, rearm(%{state | touched: state.touched + 1})}

  @impl true
  def handle_info(:idle, state), do: {:stop, :normal, state}

  defp rearm(state) do
    if state.timer != nil and Process.cancel_timer(state.timer) == false do
      receive do
        :idle -> :ok
      end
    end

    %{state | timer: Process.send_after(self(), :idle, @idle)}
  end

  defp drain do
    receive do
      :idle -> drain()
    after
      0 -> :ok
    end
  end
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([MyApp.Session], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
