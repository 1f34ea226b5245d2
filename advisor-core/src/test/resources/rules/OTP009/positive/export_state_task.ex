defmodule MyApp.Exports.Scheduler do
  @moduledoc """
  Runs one export at a time. The task closure captures the whole server state
  (including the history of every past run) to read one path.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def run_now, do: GenServer.cast(__MODULE__, :run)

  @impl true
  def init(opts), do: {:ok, %{rows_path: Keyword.fetch!(opts, :rows_path), task: nil, history: []}}

  @impl true
  def handle_cast(:run, %{task: nil} = state) do
    task = Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn -> MyApp.Exports.write_csv(state.rows_path) end) # expect: OTP009
    {:noreply, %{state | task: task}}
  end

  def handle_cast(:run, state), do: {:noreply, state}

  @impl true
  def handle_info({ref, result}, %{task: %Task{ref: ref}} = state) do
    Process.demonitor(ref, [:flush])
    {:noreply, %{state | task: nil, history: [{DateTime.utc_now(), result} | state.history]}}
  end

  def handle_info({:DOWN, _ref, :process, _pid, reason}, state) do
    {:noreply, %{state | task: nil, history: [{DateTime.utc_now(), {:error, reason}} | state.history]}}
  end

  def handle_info(_msg, state), do: {:noreply, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{Task.Supervisor, name: MyApp.TaskSupervisor}, {MyApp.Exports.Scheduler, rows_path: "/data/rows"}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
