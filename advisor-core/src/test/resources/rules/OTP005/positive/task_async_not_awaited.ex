defmodule MyApp.Reports do
  @moduledoc """
  One function awaits its tasks, the others do not: an await elsewhere in the module does not collect
  these replies.
  """

  def summary(account_id) do
    a = Task.async(fn -> MyApp.Billing.total(account_id) end)
    b = Task.async(fn -> MyApp.Orders.count(account_id) end)
    %{total: Task.await(a), orders: Task.await(b)}
  end

  def refresh_all(account_ids) do
    Enum.each(account_ids, fn id ->
      Task.async(fn -> MyApp.Reports.Cache.refresh(id) end) # expect: OTP005
    end)
  end

  def warm(account_id) do
    task = Task.async(fn -> MyApp.Reports.Cache.refresh(account_id) end) # expect: OTP005
    log(task)
    :ok
  end

  defp log(task), do: IO.inspect(task.pid, label: "warming")
end
