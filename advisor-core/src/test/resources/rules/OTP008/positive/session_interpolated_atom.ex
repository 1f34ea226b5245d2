defmodule MyApp.Sessions.Session do
  @moduledoc "A session per login, named with an interpolated atom held in a variable."
  use GenServer, restart: :transient

  def start_link(user_id) do
    name = :"session_#{user_id}" # expect: OTP008
    GenServer.start_link(__MODULE__, user_id, name: name)
  end

  def start_for(user_id) do
    case DynamicSupervisor.start_child(MyApp.SessionSupervisor, {__MODULE__, user_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init(user_id) do
    Process.send_after(self(), :expire, :timer.hours(8))
    {:ok, %{user_id: user_id}}
  end

  @impl true
  def handle_info(:expire, state), do: {:stop, :normal, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, strategy: :one_for_one, name: MyApp.SessionSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
