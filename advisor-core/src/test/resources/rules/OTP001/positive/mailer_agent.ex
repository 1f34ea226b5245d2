defmodule MyApp.Notifications.Mailer do
  @moduledoc """
  Sends e-mails "in the background" through an Agent. The Agent's state is
  always nil: every cast only performs a side effect and hands the state back.
  """
  use Agent # expect: OTP001

  require Logger

  def start_link(_opts), do: Agent.start_link(fn -> nil end, name: __MODULE__)

  def deliver_later(to, subject, body) do
    Agent.cast(__MODULE__, fn state ->
      Logger.info("sending #{subject} to #{to}")
      MyApp.Mailer.deliver(to, subject, body)
      state
    end)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Notifications.Mailer]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
