defmodule MyApp.Session do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: {:global, {:session, id}})
  def whereis(id), do: :global.whereis_name({:session, id})

  @impl true
  def init(id), do: {:ok, %{id: id}}

  @impl true
  def handle_call(:stop, _from, state) do
    {:stop, :normal, :ok, state} # expect: OTP018
  end
end

defmodule MyApp.Sessions do
  # The pid comes from the session's own lookup: the :stop reaches a MyApp.Session process.
  def close(id) do
    case MyApp.Session.whereis(id) do
      pid when is_pid(pid) -> GenServer.call(pid, :stop)
      _ -> :ok
    end
  end
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([{MyApp.Session, :main}], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
