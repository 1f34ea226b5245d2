defmodule MyApp.Recorder do
  use GenServer

  # A public start API: unlinked, handed to its caller.
  def start(session), do: GenServer.start(__MODULE__, session)

  @impl true
  def init(session), do: {:ok, session}
end

defmodule MyApp.Session do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  # The session's own start-up starts its recorder and monitors it: not a request.
  @impl true
  def init(id) do
    {:ok, recorder} = MyApp.Recorder.start(id)
    Process.monitor(recorder)
    {:ok, %{id: id, recorder: recorder}}
  end

  # Another recorder on demand, from its own handle_call: the session monitors what it starts.
  @impl true
  def handle_call(:restart_recorder, _from, state) do
    {:ok, recorder} = MyApp.Recorder.start(state.id)
    Process.monitor(recorder)
    {:reply, :ok, %{state | recorder: recorder}}
  end

  @impl true
  def handle_info({:DOWN, _ref, :process, _pid, _reason}, state), do: {:stop, :recorder_down, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([{DynamicSupervisor, name: MyApp.Sessions}], strategy: :one_for_one)
  end

  def start_session(id), do: DynamicSupervisor.start_child(MyApp.Sessions, {MyApp.Session, id})
end
