defmodule :remote_compiler_worker do
  @moduledoc "A module named by an Erlang atom, listed by that atom in a children list."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts), do: {:ok, %{opts: opts, runs: 0}}

  @impl true
  def handle_call(:compile, _from, state) do
    {:reply, Mix.Task.rerun("compile"), %{state | runs: state.runs + 1}}
  end
end

defmodule :remote_compiler do
  def start do
    children = [:remote_compiler_worker]
    Supervisor.start_link(children, strategy: :one_for_one, name: :remote_compiler_supervisor)
  end
end

defmodule RemoteCompiler.Application do
  use Application

  @impl true
  def start(_type, _args), do: :remote_compiler.start()
end
