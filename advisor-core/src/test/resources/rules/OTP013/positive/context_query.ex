defmodule MyApp.Accounts do
  @moduledoc "A context module: its functions run in the caller's process."
  import Ecto.Query

  def list_active, do: MyApp.Repo.all(active())

  def warm_later, do: Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> MyApp.Repo.all(active()) end)

  defp active, do: from(u in MyApp.User, where: u.active)
end

defmodule MyApp.ActiveUsers do
  @moduledoc "Loads the active users through the context in init/1; the context's warm-up runs in a Task."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def count, do: GenServer.call(__MODULE__, :count)

  @impl true
  def init(:ok) do
    MyApp.Accounts.warm_later()
    {:ok, MyApp.Accounts.list_active()} # expect: OTP013
  end

  @impl true
  def handle_call(:count, _from, users), do: {:reply, length(users), users}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([{Task.Supervisor, name: MyApp.TaskSupervisor}, MyApp.ActiveUsers], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
