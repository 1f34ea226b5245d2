defmodule Cycle.A do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
  def init(_), do: Supervisor.init([Cycle.B], strategy: :one_for_one)
end

defmodule Cycle.B do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
  def init(_), do: {:ok, {{:one_for_all, 1, 5}, [Cycle.A, {Cycle.Worker, :x}]}}
end

defmodule Cycle.Worker do
  use GenServer
  def start_link(x), do: GenServer.start_link(__MODULE__, x)
  def init(x), do: {:ok, x}
end
