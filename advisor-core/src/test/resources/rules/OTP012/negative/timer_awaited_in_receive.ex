defmodule MyApp.Drainer do
  use GenServer

  def start_link(timeout), do: GenServer.start_link(__MODULE__, timeout, name: __MODULE__)

  @impl true
  def init(timeout) do
    Process.flag(:trap_exit, true)
    {:ok, timeout}
  end

  @impl true
  def terminate(_reason, timeout) do
    drain(timeout)
  end

  # The grace-period timer is taken by the receive below, not by a handle_info/2.
  defp drain(timeout) do
    timer_ref = :erlang.start_timer(timeout, self(), :end_of_grace_period)
    await(timer_ref)
  end

  defp await(timer_ref) do
    receive do
      {:timeout, ^timer_ref, :end_of_grace_period} -> :ok
    end
  end
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([{MyApp.Drainer, 5_000}], strategy: :one_for_one)
  end
end
