defmodule MyAppWeb.MatchChannel do
  @moduledoc """
  Every join starts the match's notifier, registered under a :global name so that one runs in the whole cluster
  (frayt's match notifiers). Each start takes :global's cluster-wide lock: partitioning this node's
  DynamicSupervisor would not lift that, and a node-local Registry would lose the one-per-cluster.
  """
  use MyAppWeb, :channel

  def join("match:" <> match_id, _params, socket) do
    case DynamicSupervisor.start_child(MyApp.MatchSupervisor, {MyApp.MatchNotifier, match_id}) do
      {:ok, pid} -> {:ok, assign(socket, notifier: pid)}
      {:error, {:already_started, pid}} -> {:ok, assign(socket, notifier: pid)}
    end
  end
end

defmodule MyApp.MatchNotifier do
  use GenServer, restart: :transient

  def start_link(match_id), do: GenServer.start_link(__MODULE__, match_id, name: {:global, "notifier:#{match_id}"})

  def init(match_id) do
    Process.send_after(self(), :notify, 60_000)
    {:ok, match_id}
  end

  def handle_info(:notify, match_id), do: {:stop, :normal, match_id}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.MatchSupervisor},
      MyAppWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
