defimpl MyApp.Notifiable, for: MyApp.Order do
  @moduledoc "A protocol implementation: its functions are code of MyApp.Notifiable.MyApp.Order."

  def notify(order) do
    spawn(fn -> MyApp.Mailer.deliver(order.email, "Order #{order.id}") end) # expect: OTP005
    :ok
  end
end
