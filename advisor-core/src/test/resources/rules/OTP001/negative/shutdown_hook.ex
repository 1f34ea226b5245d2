defmodule MyApp.Cluster.Drainer do
  @moduledoc """
  Traps exits so that terminate/2 runs when the node shuts down: it takes the
  node out of the load balancer before the endpoint stops accepting requests.
  """
  use GenServer

  require Logger

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    Process.flag(:trap_exit, true)
    {:ok, nil}
  end

  @impl true
  def terminate(reason, _state) do
    Logger.info("draining #{node()} before shutdown: #{inspect(reason)}")
    MyApp.LoadBalancer.deregister(node())
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    # Started last, so it is stopped first.
    children = [MyAppWeb.Endpoint, MyApp.Cluster.Drainer]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
