defmodule MyApp.Accounts.SessionSweeper do
  @moduledoc "Deletes expired sessions every minute. No state, but a timer: a GenServer fits."
  use GenServer

  @every :timer.minutes(1)

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    schedule()
    {:ok, nil}
  end

  @impl true
  def handle_info(:sweep, state) do
    {deleted, _} = MyApp.Accounts.delete_expired_sessions(DateTime.utc_now())
    :telemetry.execute([:my_app, :sessions, :swept], %{count: deleted}, %{})
    schedule()
    {:noreply, state}
  end

  defp schedule, do: Process.send_after(self(), :sweep, @every)
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Repo, MyApp.Accounts.SessionSweeper]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
