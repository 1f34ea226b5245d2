defmodule MyApp.Pool do
  @moduledoc """
  Creates an unnamed table in init/1 and keeps its tid in the state, then loads its config from the database:
  no other process can read the table by name, so the fix is the usual one.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts) do
    tid = :ets.new(__MODULE__, [:protected])
    config = MyApp.Repo.get_by(MyApp.PoolConfig, name: opts[:name]) # expect: OTP013
    {:ok, %{tid: tid, config: config}}
  end

  @impl true
  def handle_call(:config, _from, state), do: {:reply, state.config, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [MyApp.Pool]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
