defmodule ShopCore.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: ShopCore.CartRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: ShopCore.CartSupervisor},
      ShopCore.PriceCache,
      {Task.Supervisor, name: ShopCore.TaskSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: ShopCore.Supervisor)
  end
end
