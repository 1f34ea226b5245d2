defmodule MyApp.PubSub.Adapter do
  @moduledoc """
  Interpolated atoms built from start-up settings, not from runtime data: the
  instance name and adapter name come from the options given once in the
  children list, and the worker names from a pool index bounded by pool_size.
  A fixed, bounded set of atoms (realtime's GenRpcPubSub style).
  """
  use Supervisor

  def start_link(opts) do
    adapter_name = Keyword.fetch!(opts, :adapter_name)
    name = Keyword.fetch!(opts, :name)
    pool_size = Keyword.get(opts, :pool_size, 1)
    Supervisor.start_link(__MODULE__, {adapter_name, name, pool_size}, name: :"#{name}#{adapter_name}_supervisor")
  end

  @impl true
  def init({adapter_name, pubsub, pool_size}) do
    workers = for number <- 1..pool_size, do: :"#{pubsub}#{adapter_name}_#{number}"
    children = for worker <- workers, do: Supervisor.child_spec({MyApp.PubSub.Worker, name: worker}, id: worker)
    Supervisor.init(children, strategy: :one_for_one)
  end
end

defmodule MyApp.Forum.Supervisor do
  @moduledoc "Names derived from a scope atom chosen at boot (one forum per scope), and a partition index."
  use Supervisor

  def name(scope), do: :"#{scope}_forum"
  def supervisor_name(scope), do: :"#{scope}_forum_supervisor"
  def partition_name(scope, partition), do: :"#{scope}_forum_partition_#{partition}"

  def start_link(scope, partitions), do: Supervisor.start_link(__MODULE__, {scope, partitions}, name: supervisor_name(scope))

  @impl true
  def init({scope, partitions}) do
    children =
      [{MyApp.Forum.Server, name: name(scope)}] ++
        for i <- 0..(partitions - 1), do: Supervisor.child_spec({MyApp.Forum.Partition, name: partition_name(scope, i)}, id: i)

    Supervisor.init(children, strategy: :one_for_one)
  end
end

defmodule MyApp.Cache.Names do
  @moduledoc "Interpolation of compile-time constants in a module body: one atom, made at compile time."
  use GenServer

  @prefix "cache"
  @name :"#{__MODULE__}_#{@prefix}"

  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: @name)
  def get(key), do: GenServer.call(@name, {:get, key})

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state, key), state}
end
