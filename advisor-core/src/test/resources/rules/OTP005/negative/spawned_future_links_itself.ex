defmodule Chain.Writer do
  @moduledoc """
  diode's ChainSql.Writer: each block's state is prepared in a spawned process that first links itself to the writer,
  then waits for the writer to fetch its result. Its lifetime is the writer's: a crash of either takes the other down.
  """
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: {:ok, []}

  def submit(block) do
    task =
      spawn(fn ->
        Process.link(Process.whereis(__MODULE__))
        ret = Chain.Store.prepare_state(block)

        receive do
          :fetch -> send(__MODULE__, {self(), ret})
        end
      end)

    GenServer.cast(__MODULE__, {:submit, task})
  end

  @impl true
  def handle_cast({:submit, task}, state) do
    send(task, :fetch)

    receive do
      {^task, encoded} -> Chain.Store.write(encoded)
    end

    {:noreply, state}
  end
end

defmodule Chain.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([Chain.Writer], strategy: :one_for_one, name: Chain.Supervisor)
  end
end
