defmodule MyApp.Checkout.Session do
  @moduledoc "A checkout session that stops itself after 15 idle minutes (timeout in every reply)."
  use GenServer, restart: :transient

  @idle :timer.minutes(15)

  def start_link(session_id) do
    GenServer.start_link(__MODULE__, session_id, name: {:via, Registry, {MyApp.SessionRegistry, session_id}})
  end

  def begin(session_id) do
    case DynamicSupervisor.start_child(MyApp.SessionSupervisor, {__MODULE__, session_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init(session_id), do: {:ok, %{id: session_id, address: nil, shipping: nil}, @idle}

  @impl true
  def handle_call({:set, key, value}, _from, state), do: {:reply, :ok, Map.put(state, key, value), @idle}
  def handle_call(:summary, _from, state), do: {:reply, state, state, @idle}

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.SessionRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.SessionSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
