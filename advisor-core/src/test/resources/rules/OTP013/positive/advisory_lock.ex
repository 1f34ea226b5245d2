defmodule MyApp.Scheduler do
  @moduledoc """
  Takes a Postgres advisory lock through its own connection in init/1, before its siblings start; it already
  returns {:continue, ...}, where the lock query belongs too.
  """
  use GenServer

  @lock_id 42

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def leading?, do: GenServer.call(__MODULE__, :leading?)

  @impl true
  def init(_opts) do
    {:ok, conn} = Postgrex.start_link(MyApp.Repo.config())
    leading? = leading?(conn)
    {:ok, %{conn: conn, leading?: leading?, queue: []}, {:continue, :restore}}
  end

  @impl true
  def handle_continue(:restore, state), do: {:noreply, %{state | queue: MyApp.Repo.all(MyApp.Job)}}

  @impl true
  def handle_call(:leading?, _from, state), do: {:reply, state.leading?, state}

  defp leading?(conn) do
    case Postgrex.query(conn, "SELECT pg_try_advisory_lock($1)", [@lock_id]) do # expect: OTP013
      {:ok, %{rows: [[true]]}} -> true
      _other -> false
    end
  end
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [MyApp.Repo, MyApp.Scheduler, MyAppWeb.Endpoint]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
