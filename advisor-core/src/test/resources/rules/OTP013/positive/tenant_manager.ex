defmodule MyApp.TenantSupervisor do
  @moduledoc "One per tenant, started on demand: its static children start when a tenant connects, not at boot."
  use Supervisor

  def start_link(tenant), do: Supervisor.start_link(__MODULE__, tenant)

  def start_tenant(tenant) do
    DynamicSupervisor.start_child(MyApp.TenantsSupervisor, {__MODULE__, tenant})
  end

  @impl true
  def init(tenant) do
    Supervisor.init([{MyApp.TenantManager, tenant}, {MyApp.TenantPool, tenant}], strategy: :one_for_all)
  end
end

defmodule MyApp.TenantManager do
  @moduledoc "Reads its tenant's settings in init/1: the pool listed after it, and the tenant's start, wait."
  use GenServer

  def start_link(tenant), do: GenServer.start_link(__MODULE__, tenant)

  @impl true
  def init(tenant) do
    settings = MyApp.Repo.get_by!(MyApp.TenantSettings, tenant: tenant) # expect: OTP013
    {:ok, %{tenant: tenant, settings: settings, clients: 0}}
  end

  @impl true
  def handle_cast(:connected, state), do: {:noreply, %{state | clients: state.clients + 1}}
end

defmodule MyApp.TenantPool do
  use GenServer

  def start_link(tenant), do: GenServer.start_link(__MODULE__, tenant)

  @impl true
  def init(tenant), do: {:ok, %{tenant: tenant, checked_out: 0}}

  @impl true
  def handle_cast(:checkout, state), do: {:noreply, %{state | checked_out: state.checked_out + 1}}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [{DynamicSupervisor, name: MyApp.TenantsSupervisor, strategy: :one_for_one}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
