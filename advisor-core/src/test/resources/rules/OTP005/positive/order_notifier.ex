defmodule MyApp.Orders.Notifier do
  @moduledoc """
  Sends order e-mails in the background. If delivery crashes nobody notices,
  and on shutdown the node does not wait for mails in flight.
  """

  require Logger

  def order_placed(%{id: order_id, email: email}) do
    spawn(fn -> deliver(email, "Order #{order_id} placed") end) # expect: OTP005
    :ok
  end

  def order_shipped(%{id: order_id, email: email, tracking: tracking}) do
    _pid = spawn(__MODULE__, :deliver, [email, "Order #{order_id} shipped: #{tracking}"]) # expect: OTP005
    :ok
  end

  def deliver(to, subject) do
    Logger.info("mail to #{to}: #{subject}")
    MyApp.Mailer.deliver(to, subject)
  end
end
