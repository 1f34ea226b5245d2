defmodule MyApp.Room do
  @moduledoc "Started on demand for each room: the caller of open/1 waits while init/1 fetches the history."
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))
  def history(id), do: GenServer.call(via(id), :history)

  def open(id), do: DynamicSupervisor.start_child(MyApp.RoomSupervisor, {__MODULE__, id})

  defp via(id), do: {:via, Registry, {MyApp.RoomRegistry, id}}

  @impl true
  def init(id) do
    {:ok, %{body: messages}} = Req.get("https://history.example.com/rooms/#{id}") # expect: OTP013
    {:ok, %{id: id, messages: messages}}
  end

  @impl true
  def handle_call(:history, _from, state), do: {:reply, state.messages, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.RoomRegistry},
      {DynamicSupervisor, name: MyApp.RoomSupervisor, strategy: :one_for_one}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
