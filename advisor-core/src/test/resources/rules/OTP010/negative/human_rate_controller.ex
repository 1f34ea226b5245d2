defmodule MyAppWeb.SessionController do
  use MyAppWeb, :controller

  alias MyApp.Accounts

  def create(conn, %{"email" => email, "password" => password}) do
    with {:ok, user} <- Accounts.authenticate(email, password),
         {:ok, _pid} <- DynamicSupervisor.start_child(MyApp.SessionSupervisor, {MyApp.Sessions.Session, user.id}) do
      conn
      |> put_session(:user_id, user.id)
      |> redirect(to: ~p"/dashboard")
    else
      {:error, {:already_started, _pid}} -> redirect(conn, to: ~p"/dashboard")
      {:error, _reason} -> conn |> put_flash(:error, "Invalid credentials") |> redirect(to: ~p"/login")
    end
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.SessionSupervisor},
      MyAppWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
