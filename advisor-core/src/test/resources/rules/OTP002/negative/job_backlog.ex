defmodule MyApp.Imports.Backlog do
  @moduledoc "A FIFO of pending import files; every call handler reads the queue to reply."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :queue.new(), name: __MODULE__)

  def push(path), do: GenServer.cast(__MODULE__, {:push, path})
  def peek, do: GenServer.call(__MODULE__, :peek)
  def size, do: GenServer.call(__MODULE__, :size)
  def pop, do: GenServer.call(__MODULE__, :pop)

  @impl true
  def init(queue), do: {:ok, queue}

  @impl true
  def handle_call(:peek, _from, queue), do: {:reply, :queue.peek(queue), queue}
  def handle_call(:size, _from, queue), do: {:reply, :queue.len(queue), queue}

  def handle_call(:pop, _from, queue) do
    case :queue.out(queue) do
      {{:value, path}, rest} -> {:reply, {:ok, path}, rest}
      {:empty, queue} -> {:reply, :empty, queue}
    end
  end

  @impl true
  def handle_cast({:push, path}, queue), do: {:noreply, :queue.in(path, queue)}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Imports.Backlog]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
