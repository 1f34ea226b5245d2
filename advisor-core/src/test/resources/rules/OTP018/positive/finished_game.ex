defmodule MyApp.Game do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: {:via, Registry, {MyApp.Games, id}})
  def start(id), do: DynamicSupervisor.start_child(MyApp.GameSupervisor, {__MODULE__, id})
  def move(id, m), do: GenServer.call({:via, Registry, {MyApp.Games, id}}, {:move, m})

  @impl true
  def init(id), do: {:ok, %{id: id, moves: []}}

  @impl true
  def handle_call({:move, :resign}, _from, state) do
    {:stop, :normal, :ok, state} # expect: OTP018
  end

  def handle_call({:move, m}, _from, state), do: {:reply, :ok, %{state | moves: [m | state.moves]}}
end

defmodule MyApp.Lobby do
  def open(id), do: MyApp.Game.start(id)
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.Games},
      {DynamicSupervisor, name: MyApp.GameSupervisor, strategy: :one_for_one}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
