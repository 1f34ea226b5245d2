defmodule MyApp.Server do
  @moduledoc "Starts its one logger from init/1 with a runtime argument (next-ls's NextLS.Logger shape)."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts) do
    {:ok, logger} = DynamicSupervisor.start_child(MyApp.DynamicSupervisor, {MyApp.Logger, lsp: opts[:lsp]})
    {:ok, %{logger: logger}}
  end
end

defmodule MyApp.Logger do
  use GenServer

  def start_link(args), do: GenServer.start_link(__MODULE__, args)

  def log(pid, msg), do: GenServer.cast(pid, {:log, msg})

  @impl true
  def init(args), do: {:ok, %{lsp: Keyword.fetch!(args, :lsp)}}

  @impl true
  def handle_cast({:log, msg}, state) do
    {:noreply, Map.put(state, :last, msg)}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, name: MyApp.DynamicSupervisor}, MyApp.Server]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
