defmodule MyApp.Metrics do
  @moduledoc """
  Get-or-start of one counter per organization: the Registry answers every bump, the DynamicSupervisor
  sees one start per organization (a handful), however many jobs arrive at once.
  """
  @registry MyApp.Metrics.Registry

  def bump(%{organization_id: organization_id} = event) do
    key = {:counter, organization_id}

    pid =
      case Registry.lookup(@registry, key) do
        [{pid, _}] ->
          pid

        [] ->
          case DynamicSupervisor.start_child(MyApp.Metrics.WorkerSupervisor, {MyApp.Metrics.Worker, organization_id}) do
            {:ok, pid} -> pid
            {:error, {:already_started, pid}} -> pid
          end
      end

    send(pid, {:bump, event})
    :ok
  end
end

defmodule MyApp.Workers.Report do
  use Oban.Worker, queue: :reports

  @impl Oban.Worker
  def perform(%Oban.Job{args: %{"organization_id" => organization_id}}) do
    MyApp.Metrics.bump(%{organization_id: organization_id})
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.Metrics.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.Metrics.WorkerSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
