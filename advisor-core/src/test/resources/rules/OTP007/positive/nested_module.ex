defmodule MyApp.Jobs.Queue do
  @moduledoc "An in-memory job queue that re-delivers jobs whose worker died."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def push(job), do: GenServer.cast(__MODULE__, {:push, job})

  @impl true
  def init(:ok), do: {:ok, %{queue: :queue.new(), taken: %{}}}

  @impl true
  def handle_cast({:push, job}, state), do: {:noreply, %{state | queue: :queue.in(job, state.queue)}}

  @impl true
  def handle_call(:pop, {pid, _tag}, state) do
    case :queue.out(state.queue) do
      {{:value, job}, rest} ->
        ref = Process.monitor(pid)
        {:reply, {:ok, job}, %{state | queue: rest, taken: Map.put(state.taken, ref, job)}}

      {:empty, _queue} ->
        {:reply, :empty, state}
    end
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, _reason}, state) do
    {job, taken} = Map.pop(state.taken, ref)
    queue = if job, do: :queue.in_r(job, state.queue), else: state.queue
    {:noreply, %{state | queue: queue, taken: taken}}
  end

  def handle_info(_msg, state), do: {:noreply, state}

  defmodule Drain do
    @moduledoc "A nested module is still another module: __MODULE__ here is MyApp.Jobs.Queue.Drain."

    def next_job, do: GenServer.call(MyApp.Jobs.Queue, :pop) # expect: OTP007
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Jobs.Queue]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
