defmodule MyApp.Boss do
  @moduledoc """
  A DynamicSupervisor the application's start callback starts by calling
  start/0 itself, then returns {:ok, self()} (gristle's Boss.System): it is
  linked to the process that ran the callback, and nothing restarts it.
  """
  use DynamicSupervisor
  require Logger

  def start do
    {:ok, pid} = start_link()
    Logger.info("boss started")
    {:ok, pid}
  end

  def start_link do
    DynamicSupervisor.start_link(__MODULE__, nil, name: __MODULE__)
  end

  @impl true
  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
end

defmodule MyApp.Clock do
  @moduledoc "Started by the callback before the tree it returns: outside it."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def now, do: GenServer.call(__MODULE__, :now)

  @impl true
  def init(opts), do: {:ok, Keyword.get(opts, :offset, 0)}

  @impl true
  def handle_call(:now, _from, offset), do: {:reply, System.system_time() + offset, offset}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    MyApp.Boss.start() # expect: OTP005
    {:ok, _} = MyApp.Clock.start_link(offset: 0) # expect: OTP005
    {:ok, self()}
  end
end
