defmodule MyApp.Accounts do
  @moduledoc "A context that starts linked processes from ordinary functions: no child spec ever runs them."

  def notify(user, event) do
    # Linked to whoever calls notify/2 (a request process), supervised by nobody.
    {:ok, _pid} = Task.start_link(fn -> MyApp.Mailer.deliver(user.email, event) end) # expect: OTP005
    :ok
  end

  def track(user) do
    {:ok, pid} = GenServer.start_link(MyApp.Accounts.Tracker, user.id) # expect: OTP005
    pid
  end

  def counter do
    {:ok, pid} = Agent.start_link(fn -> 0 end) # expect: OTP005
    pid
  end
end

defmodule MyAppWeb.InviteController do
  use MyAppWeb, :controller

  def create(conn, %{"email" => email}) do
    Task.start_link(fn -> MyApp.Invites.send(email) end) # expect: OTP005
    send_resp(conn, 202, "")
  end
end

defmodule MyApp.Accounts.User do
  use Ecto.Schema

  schema "users" do
    field :email, :string
  end

  def welcome(%__MODULE__{} = user) do
    Task.start_link(__MODULE__, :send_welcome, [user]) # expect: OTP005
  end

  def send_welcome(user), do: MyApp.Mailer.deliver(user.email, :welcome)
end
