defmodule Shop.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    :ok = setup_telemetry()

    children =
      [
        Shop.Repo,
        {Phoenix.PubSub, name: Shop.PubSub},
        Shop.Supervisor,
        {Oban, Application.fetch_env!(:shop, Oban)}
      ] ++ env_children(Mix.env())

    opts = [strategy: :one_for_one, name: Shop.AppSupervisor]

    case Supervisor.start_link(children, opts) do
      {:ok, pid} ->
        :persistent_term.put({__MODULE__, :started_at}, System.monotonic_time())
        {:ok, pid}

      {:error, _} = error ->
        error
    end
  end

  @impl true
  def stop(_state), do: :ok

  @impl true
  def config_change(changed, _new, removed) do
    ShopWeb.Endpoint.config_change(changed, removed)
    :ok
  end

  defp env_children(:test), do: []
  defp env_children(_), do: [{Shop.Scheduler, interval: :timer.minutes(5)}]

  defp setup_telemetry do
    :telemetry.attach_many("shop-logger", [[:shop, :repo, :query]], &__MODULE__.handle_event/4, nil)
  end

  def handle_event(_event, _measurements, _metadata, _config), do: :ok
end
