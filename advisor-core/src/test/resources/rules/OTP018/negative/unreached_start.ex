defmodule MyApp.PongGame do
  @moduledoc "Started unsupervised by the queue; the supervisor's start_child below is never reached (dara-dots)."
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)
  def start(id), do: GenServer.start(__MODULE__, id)
  def score(pid), do: GenServer.call(pid, :score)
  def game_over(pid), do: GenServer.cast(pid, :game_over)

  @impl true
  def init(id) do
    Process.send_after(self(), :tick, 16)
    {:ok, %{id: id, score: 0}}
  end

  @impl true
  def handle_call(:score, _from, state), do: {:reply, state.score, state}

  @impl true
  def handle_cast(:game_over, state), do: {:stop, :normal, state}

  @impl true
  def handle_info(:tick, state) do
    Process.send_after(self(), :tick, 16)
    {:noreply, %{state | score: state.score + 1}}
  end
end

defmodule MyApp.PongGameSupervisor do
  use DynamicSupervisor

  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: DynamicSupervisor.init(strategy: :one_for_one)

  def find_or_create_game(id) do
    case start_child(id) do
      {:ok, pid} -> pid
      {:error, {:already_started, pid}} -> pid
    end
  end

  def start_child(id), do: DynamicSupervisor.start_child(__MODULE__, {MyApp.PongGame, id})
end

defmodule MyApp.PongQueue do
  def pair(id) do
    {:ok, pid} = MyApp.PongGame.start(id)
    pid
  end
end
