defmodule MyApp.Release do
  @moduledoc """
  Run from a remote console during an incident:
  `bin/my_app rpc "MyApp.Release.replay_failed_imports()"`. An operator action,
  not a request or message handling path.
  """

  def replay_failed_imports do
    for import_id <- MyApp.Imports.failed_ids() do
      case DynamicSupervisor.start_child(MyApp.ImportSupervisor, {MyApp.Imports.Replay, import_id}) do
        {:ok, _pid} -> {:ok, import_id}
        {:error, {:already_started, _pid}} -> {:ok, import_id}
        {:error, reason} -> {:error, import_id, reason}
      end
    end
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, strategy: :one_for_one, name: MyApp.ImportSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
