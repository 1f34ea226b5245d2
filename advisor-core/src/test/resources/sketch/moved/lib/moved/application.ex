defmodule Moved.Application do
  use Application

  def start(_type, _args) do
    children = [
      {Moved.Recent, name: Moved.Recent, size: 100},
      Moved.Env,
      Moved.Attrs,
      Moved.Loader,
      {Moved.Telemetry, handler_id: "moved"},
      Moved.Settings,
      {Moved.Handle, dir: "db"}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Moved.Supervisor)
  end
end
