defmodule MyApp.Locks do
  @moduledoc """
  Advisory locks by resource. The state is a map, but the process coordinates:
  it monitors lock holders and releases their locks when they die.
  """
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  def acquire(resource), do: GenServer.call(__MODULE__, {:acquire, resource, self()})

  @impl true
  def init(locks), do: {:ok, locks}

  @impl true
  def handle_call({:acquire, resource, pid}, _from, locks) do
    case locks do
      %{^resource => _holder} ->
        {:reply, {:error, :locked}, locks}

      _free ->
        Process.monitor(pid)
        {:reply, :ok, Map.put(locks, resource, pid)}
    end
  end

  @impl true
  def handle_info({:DOWN, _ref, :process, pid, _reason}, locks) do
    {:noreply, locks |> Enum.reject(fn {_resource, holder} -> holder == pid end) |> Map.new()}
  end

  def handle_info(_msg, locks), do: {:noreply, locks}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Locks]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
