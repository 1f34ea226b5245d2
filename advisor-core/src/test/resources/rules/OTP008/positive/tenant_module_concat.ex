defmodule MyApp.Tenants.Mailbox do
  @moduledoc """
  A mailbox poller per tenant, globally registered under a module name built
  from the tenant slug, which is user input at sign-up: one atom per tenant.
  """
  use GenServer

  def start_link(slug) do
    GenServer.start_link(__MODULE__, slug, name: {:global, Module.concat(__MODULE__, slug)}) # expect: OTP008
  end

  def start_tenant(slug) do
    case DynamicSupervisor.start_child(MyApp.TenantSupervisor, {__MODULE__, slug}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init(slug) do
    Process.send_after(self(), :poll, 0)
    {:ok, %{slug: slug}}
  end

  @impl true
  def handle_info(:poll, state) do
    MyApp.Tenants.fetch_mail(state.slug)
    Process.send_after(self(), :poll, :timer.seconds(30))
    {:noreply, state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, strategy: :one_for_one, name: MyApp.TenantSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
