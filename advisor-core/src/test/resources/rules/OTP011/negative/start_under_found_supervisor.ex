defmodule Proxy.Connections do
  @moduledoc """
  The lookup finds the tenant's own DynamicSupervisor and the start runs under it, in the branch where it was
  found: nothing is started in place of a missing process.
  """
  require Logger

  def start_connection(tenant_id, child_spec) do
    case Registry.lookup(Proxy.Registry, {:tenant_sup, tenant_id}) do
      [{sup, _}] ->
        case DynamicSupervisor.start_child(sup, child_spec) do
          {:ok, pid} ->
            {:ok, pid}

          error ->
            Logger.error("proxy connection failed: #{inspect(error)}")
            {:error, :failed_to_start}
        end

      [] ->
        {:error, :tenant_not_running}
    end
  end
end
