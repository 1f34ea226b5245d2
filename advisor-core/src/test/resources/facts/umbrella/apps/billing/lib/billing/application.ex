defmodule Billing.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([Billing.Ledger, Billing.Gateway], strategy: :one_for_all, name: Billing.Supervisor)
  end
end
