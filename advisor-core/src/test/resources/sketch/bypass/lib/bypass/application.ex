defmodule Bypass.Application do
  use Application

  def start(_type, _args) do
    children = [
      Bypass.Counter,
      {Bypass.Settings, defaults: %{mode: :fast}},
      Bypass.Stats,
      Bypass.Limiter
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Bypass.Supervisor)
  end
end
