defmodule Shop.Supervisor do
  use Supervisor

  def start_link(init_arg) do
    Supervisor.start_link(__MODULE__, init_arg, name: __MODULE__)
  end

  @impl true
  def init(_init_arg) do
    children = [
      {Registry, keys: :unique, name: Shop.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Shop.CartSupervisor},
      {Shop.RateLimiter, limit: 100, interval: 60_000},
      Shop.Cache,
      {Task.Supervisor, name: Shop.TaskSupervisor},
      %{
        id: :worker_pool,
        start: {Shop.Pool, :start_link, [[size: 10]]},
        restart: :permanent,
        shutdown: 5_000,
        type: :worker
      },
      Supervisor.child_spec({Agent, fn -> %{} end}, id: :settings),
      worker_spec(:metrics)
    ]

    Supervisor.init(children, strategy: :rest_for_one, max_restarts: 3, max_seconds: 5)
  end

  defp worker_spec(name) do
    %{id: name, start: {Agent, :start_link, [fn -> 0 end, [name: name]]}}
  end
end

defmodule Shop.Pool do
  use Supervisor, restart: :permanent

  def start_link(opts), do: Supervisor.start_link(__MODULE__, opts)

  @impl true
  def init(opts) do
    size = Keyword.fetch!(opts, :size)

    children =
      for i <- 1..size do
        Supervisor.child_spec({Shop.PoolWorker, index: i}, id: {:pool_worker, i})
      end

    Supervisor.init(children, strategy: :one_for_one)
  end
end
