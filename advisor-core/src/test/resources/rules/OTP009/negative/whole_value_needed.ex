defmodule MyApp.Accounts.Welcome do
  @moduledoc """
  Sends the welcome e-mail. The closure captures a whole %Swoosh.Email{}, but
  the mailer needs all of it: nothing smaller could be sent.
  """

  import Swoosh.Email

  def deliver_later(%{email: address, name: name}) do
    email =
      new()
      |> to({name, address})
      |> from({"MyApp", "hello@example.com"})
      |> subject("Welcome, #{name}!")
      |> text_body("Thanks for signing up.")

    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> MyApp.Mailer.deliver(email) end)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{Task.Supervisor, name: MyApp.TaskSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
