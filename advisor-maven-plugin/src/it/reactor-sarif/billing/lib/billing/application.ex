defmodule Billing.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([Billing.RateCache], strategy: :one_for_one, name: Billing.Supervisor)
  end
end
