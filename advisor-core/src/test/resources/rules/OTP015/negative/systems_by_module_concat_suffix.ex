defmodule Node.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([Node.Boss], strategy: :one_for_one, name: Node.Supervisor)
  end
end

defmodule Node.Boss do
  @moduledoc "Starts each module of the node's list by its System (gristle's Boss.System): Module.concat(module, System)."
  use DynamicSupervisor

  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, nil, name: __MODULE__)

  @impl true
  def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)

  def modules(:vehicle), do: [Peripherals.Gpio, Navigation]
  def modules(_), do: [Navigation]

  def start_module(module) do
    DynamicSupervisor.start_child(__MODULE__, %{id: module, start: {Module.concat(module, System), :start_link, [[]]}})
  end
end

defmodule Peripherals.Gpio.System do
  use Supervisor

  def start_link(config), do: Supervisor.start_link(__MODULE__, config, name: __MODULE__)

  @impl true
  def init(_config), do: Supervisor.init([], strategy: :one_for_one)
end

defmodule Navigation.System do
  use Supervisor

  def start_link(config), do: Supervisor.start_link(__MODULE__, config, name: __MODULE__)

  @impl true
  def init(_config), do: Supervisor.init([], strategy: :one_for_one)
end
