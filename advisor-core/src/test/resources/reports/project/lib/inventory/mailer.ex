defmodule Inventory.Mailer do
  @moduledoc "Sends restock mails."

  def notify(order) do
    spawn(fn -> deliver(order) end)
    :ok
  end

  def notify_all(orders) do
    Task.Supervisor.start_child(Inventory.TaskSupervisor, fn -> Enum.each(orders, &deliver/1) end)
  end

  defp deliver(order), do: IO.inspect(order)
end
