defmodule MyApp.Dashboard do
  @moduledoc "Loads the dashboard widgets concurrently; every task is awaited in the same function."

  alias MyApp.{Billing, Orders, Support}

  def load(account_id) do
    revenue = Task.async(fn -> Billing.revenue_this_month(account_id) end)
    orders = Task.async(fn -> Orders.recent(account_id, 10) end)

    %{revenue: Task.await(revenue), orders: Task.await(orders, 10_000)}
  end

  def load_all(account_ids) do
    account_ids
    |> Enum.map(fn id -> Task.async(fn -> Billing.revenue_this_month(id) end) end)
    |> Task.await_many(15_000)
  end

  def open_tickets(account_id) do
    task = Task.async(fn -> Support.open_tickets(account_id) end)

    case Task.yield(task, 2_000) || Task.shutdown(task) do
      {:ok, tickets} -> tickets
      _timeout_or_exit -> []
    end
  end
end
