defmodule MyApp.Cluster.Checksum do
  @moduledoc """
  Computes a checksum on the node that holds the data: callers on other nodes
  reach it as {__MODULE__, node}. The handler exists to run remotely.
  """
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def checksum(node, data), do: GenServer.call({__MODULE__, node}, {:checksum, data})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:checksum, data}, _from, state), do: {:reply, Enum.sum(data), state}
end

defmodule MyApp.Cluster.Leader do
  @moduledoc "Registered cluster-wide: every node reaches the one instance through :global."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: {:global, __MODULE__})
  def plan(jobs), do: GenServer.call({:global, __MODULE__}, {:plan, jobs})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:plan, jobs}, _from, state), do: {:reply, Enum.sort(jobs), state}
end

defmodule MyApp.Cluster.Fanout do
  @moduledoc "Runs a pure transformation through :erpc on every node."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def everywhere(x), do: :erpc.multicall(Node.list(), __MODULE__, :double, [x])
  def double(x), do: GenServer.call(__MODULE__, {:double, x})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:double, x}, _from, state), do: {:reply, x * 2, state}
end
