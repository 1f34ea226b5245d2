defmodule Mailer.Throttle do
  @moduledoc """
  The start's result is thrown away and the next call goes through the via name: a caller that loses the race
  gets already_started, ignores it, and reaches the winner's process.
  """

  def hit(domain) do
    if Registry.lookup(Mailer.Registry, domain) == [] do
      DynamicSupervisor.start_child(Mailer.ThrottleSupervisor, {Mailer.DomainThrottle, domain})
    end

    Mailer.DomainThrottle.hit(domain)
  end
end

defmodule Mailer.DomainThrottle do
  use GenServer

  def start_link(domain), do: GenServer.start_link(__MODULE__, domain, name: via(domain))

  def hit(domain), do: GenServer.call(via(domain), :hit)

  defp via(domain), do: {:via, Registry, {Mailer.Registry, domain}}

  @impl true
  def init(domain) do
    :timer.send_interval(1_000, :reset)
    {:ok, %{domain: domain, sent: 0}}
  end

  @impl true
  def handle_call(:hit, _from, %{sent: sent} = state) when sent >= 10, do: {:reply, {:error, :throttled}, state}
  def handle_call(:hit, _from, state), do: {:reply, :ok, %{state | sent: state.sent + 1}}

  @impl true
  def handle_info(:reset, state), do: {:noreply, %{state | sent: 0}}
end

defmodule Mailer.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Mailer.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Mailer.ThrottleSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Mailer.Supervisor)
  end
end
