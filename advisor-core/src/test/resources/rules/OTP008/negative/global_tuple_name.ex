defmodule MyApp.Billing.TenantLedger do
  @moduledoc """
  One ledger writer per tenant in the cluster. :global accepts any term as a
  name, so the tenant id goes into a tuple: no atom is created.
  """
  use GenServer

  def start_link(tenant_id), do: GenServer.start_link(__MODULE__, tenant_id, name: {:global, {__MODULE__, tenant_id}})

  def open(tenant_id) do
    case DynamicSupervisor.start_child(MyApp.LedgerSupervisor, {__MODULE__, tenant_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  def record(tenant_id, entry), do: GenServer.call({:global, {__MODULE__, tenant_id}}, {:record, entry})

  @impl true
  def init(tenant_id), do: {:ok, %{tenant_id: tenant_id, batch: []}, :timer.seconds(5)}

  @impl true
  def handle_call({:record, entry}, _from, state), do: {:reply, :ok, %{state | batch: [entry | state.batch]}, :timer.seconds(5)}

  @impl true
  def handle_info(:timeout, state) do
    MyApp.Billing.write_entries(state.tenant_id, Enum.reverse(state.batch))
    {:noreply, %{state | batch: []}}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, strategy: :one_for_one, name: MyApp.LedgerSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
