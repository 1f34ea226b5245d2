defmodule MyApp.Tenants.Worker do
  @moduledoc "A per-tenant worker with a nightly job timer."
  use GenServer

  def start_link(tenant_id), do: GenServer.start_link(__MODULE__, tenant_id, name: {:via, Registry, {MyApp.TenantRegistry, tenant_id}})

  def ensure_started(tenant_id) do
    case DynamicSupervisor.start_child(MyApp.TenantSupervisor, {__MODULE__, tenant_id}) do # expect: OTP010
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init(tenant_id) do
    Process.send_after(self(), :nightly, :timer.hours(24))
    {:ok, %{tenant_id: tenant_id}}
  end

  @impl true
  def handle_info(:nightly, state) do
    MyApp.Tenants.run_nightly(state.tenant_id)
    Process.send_after(self(), :nightly, :timer.hours(24))
    {:noreply, state}
  end
end

defmodule MyAppWeb.Plugs.LoadTenant do
  @moduledoc "Runs on every request: the start_child above is on the request path, one call away."
  import Plug.Conn

  def init(opts), do: opts

  def call(conn, _opts) do
    tenant_id = conn.host |> String.split(".") |> hd()
    {:ok, _pid} = MyApp.Tenants.Worker.ensure_started(tenant_id)
    assign(conn, :tenant_id, tenant_id)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.TenantRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.TenantSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
