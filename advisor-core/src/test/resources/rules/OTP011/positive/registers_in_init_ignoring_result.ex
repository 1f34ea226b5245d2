defmodule MyApp.Game do
  @moduledoc "dara-dots' TicTacToe: started per id without a name, registers itself in init/1 and ignores the result."
  use GenServer, restart: :transient

  def start_link(game_id), do: GenServer.start_link(__MODULE__, game_id)

  def find_game(game_id) do
    case DynamicSupervisor.start_child(MyApp.GameSupervisor, {__MODULE__, game_id}) do
      {:ok, pid} -> pid
      {:error, {:already_started, pid}} -> pid
    end
  end

  def move(pid, cell), do: GenServer.cast(pid, {:move, cell})

  @impl true
  def init(game_id) do
    Registry.register(MyApp.Registry, {__MODULE__, game_id}, game_id) # expect: OTP011
    Process.send_after(self(), :expire, 600_000)
    {:ok, %{id: game_id, cells: []}}
  end

  @impl true
  def handle_cast({:move, cell}, state), do: {:noreply, %{state | cells: [cell | state.cells]}}

  @impl true
  def handle_info(:expire, state), do: {:stop, :normal, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.GameSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
