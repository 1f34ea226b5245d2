defmodule ChatApi.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([ChatApi.Presence], strategy: :one_for_one, name: ChatApi.Supervisor)
  end
end
