defmodule Shop.Workers.Supervisor do
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    children = [
      Shop.TableOwner,
      Shop.Workers.Reporter
    ]

    Supervisor.init(children, strategy: :rest_for_one)
  end
end
