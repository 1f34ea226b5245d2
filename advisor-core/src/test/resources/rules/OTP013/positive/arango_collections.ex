defmodule MyApp.Collections do
  @moduledoc "Checks its ArangoDB collections before it starts: a request to the database in init/1."
  use GenServer

  def start_link(conn), do: GenServer.start_link(__MODULE__, conn, name: __MODULE__)

  @impl true
  def init(conn) do
    {:ok, _} = Arangox.get(conn, "/_api/collection/users") # expect: OTP013
    {:ok, conn}
  end

  @impl true
  def handle_call(:conn, _from, conn), do: {:reply, conn, conn}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [{MyApp.Collections, :conn}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
