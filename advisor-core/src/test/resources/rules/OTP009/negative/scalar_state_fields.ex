defmodule MyApp.Runtime do
  @moduledoc """
  The state is a dozen scalars, pids and settings that no handler grows: capturing it whole costs about
  as much as the one field the task reads.
  """
  use GenServer

  defstruct [:name, :port, :node, :logger, :parent, :task_supervisor, :working_dir, :mix_env, :mix_target,
             :on_initialized, :ready?, :os_pid]

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts) do
    {:ok, struct(__MODULE__, opts)}
  end

  @impl true
  def handle_call({:compile, files}, _from, state) do
    Task.start_link(fn -> MyApp.Logger.info(state.logger, "compiling #{length(files)} files") end)
    {:reply, :ok, %{state | ready?: false}}
  end
end
