defmodule MyAppWeb.UserSocket do
  @moduledoc "Already partitioned: the login's session starts under one partition picked by the user id."
  use Phoenix.Socket

  @impl true
  def connect(%{"user_id" => user_id}, socket, _info) do
    DynamicSupervisor.start_child({:via, PartitionSupervisor, {MyApp.SessionSupervisors, user_id}},
      {MyApp.Session, user_id})

    {:ok, assign(socket, :user_id, user_id)}
  end

  @impl true
  def id(_socket), do: nil
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{PartitionSupervisor, child_spec: DynamicSupervisor, name: MyApp.SessionSupervisors}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
