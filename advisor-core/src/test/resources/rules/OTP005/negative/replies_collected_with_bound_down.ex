defmodule Watcher.BlockGetter do
  @moduledoc """
  elixir-omg's BlockGetter: Task.async downloads a block; handle_info takes the reply as {_ref, {:downloaded_block,
  response}} and the task's :DOWN in a clause whose pattern is bound to a name (`= _process`). The replies are collected.
  """
  use GenServer

  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

  @impl true
  def init(_args) do
    send(self(), :producer)
    {:ok, %{pending: [1, 2, 3]}}
  end

  @impl true
  def handle_info(:producer, state), do: {:noreply, run_block_download_task(state)}

  def handle_info({_ref, {:downloaded_block, response}}, state), do: {:noreply, Map.put(state, :last, response)}
  def handle_info({:DOWN, _ref, :process, _pid, :normal} = _process, state), do: {:noreply, state}

  defp run_block_download_task(%{pending: pending} = state) do
    Enum.each(
      pending,
      # captures the result in handle_info/2 with the atom: downloaded_block
      &Task.async(fn ->
        {:downloaded_block, Watcher.Chain.block(&1)}
      end)
    )

    %{state | pending: []}
  end
end

defmodule Watcher.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([Watcher.BlockGetter], strategy: :one_for_one, name: Watcher.Supervisor)
  end
end
