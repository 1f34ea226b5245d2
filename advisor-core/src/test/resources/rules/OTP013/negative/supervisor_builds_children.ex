defmodule MyApp.TenantSupervisor do
  @moduledoc """
  A Supervisor's init/1 builds its children list, here from the tenants in the database: it has no
  handle_continue/2, and its children cannot start before the list exists.
  """
  use Supervisor

  def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    children =
      MyApp.Tenant
      |> MyApp.Repo.all()
      |> Enum.map(&Supervisor.child_spec({MyApp.TenantWorker, &1.id}, id: {:tenant, &1.id}))

    Supervisor.init(children, strategy: :one_for_one)
  end
end

defmodule MyApp.TenantWorker do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  @impl true
  def init(id), do: {:ok, %{id: id, seen: 0}}

  @impl true
  def handle_cast(:seen, state), do: {:noreply, %{state | seen: state.seen + 1}}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([MyApp.TenantSupervisor], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
