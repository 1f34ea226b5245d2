defmodule ShopCore.Notifier do
  @moduledoc "Sends order e-mails in the background."

  def order_placed(order) do
    # Unsupervised: if this crashes nobody knows, and shutdown does not wait for it.
    spawn(fn -> deliver(order.email, "Order #{order.id} placed") end)
    :ok
  end

  defp deliver(to, subject), do: IO.puts("mail to #{to}: #{subject}")
end
