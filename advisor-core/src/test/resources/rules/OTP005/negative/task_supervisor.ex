defmodule MyApp.Orders.Notifier do
  @moduledoc """
  The refactored notifier: mails are sent by tasks under MyApp.TaskSupervisor,
  so crashes are logged, and shutdown waits for tasks in flight.
  """

  def order_placed(%{id: order_id, email: email}) do
    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> deliver(email, "Order #{order_id} placed") end)
    :ok
  end

  def preview(%{id: order_id, email: email}) do
    MyApp.TaskSupervisor
    |> Task.Supervisor.async_nolink(fn -> render(email, order_id) end)
    |> Task.await()
  end

  defp deliver(to, subject), do: MyApp.Mailer.deliver(to, subject)
  defp render(to, order_id), do: MyApp.Mailer.render(to, "Order #{order_id}")
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{Task.Supervisor, name: MyApp.TaskSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
