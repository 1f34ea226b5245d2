defmodule MyApp.Transient do
  use GenServer, restart: :transient

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_info(:done, state), do: {:stop, :normal, state}
end

defmodule MyApp.TemporaryEntry do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok)

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_info(:done, state), do: {:stop, :normal, state}
end

defmodule MyApp.MeantRestart do
  @moduledoc "Stops to be started again fresh: says so."
  use GenServer, restart: :permanent

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_info(:reset, state), do: {:stop, :normal, state}
end

defmodule MyApp.OwnSpec do
  use GenServer

  def child_spec(arg), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, restart: :transient}
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_info(:done, state), do: {:stop, :normal, state}
end

defmodule MyApp.CallerOwned do
  use GenServer

  def run(arg) do
    {:ok, pid} = GenServer.start_link(__MODULE__, arg)
    GenServer.call(pid, :run)
  end

  @impl true
  def init(arg), do: {:ok, arg}

  @impl true
  def handle_call(:run, _from, state), do: {:stop, :normal, MyApp.Work.run(state), state}
end

defmodule MyApp.Crashes do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_info(:bad, state), do: {:stop, :error, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [
      MyApp.Transient,
      Supervisor.child_spec(MyApp.TemporaryEntry, restart: :temporary),
      MyApp.MeantRestart,
      MyApp.OwnSpec,
      MyApp.Crashes
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
