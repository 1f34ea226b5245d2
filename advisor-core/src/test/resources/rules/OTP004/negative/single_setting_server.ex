defmodule MyApp.CurrentSetting do
  @moduledoc """
  One value, not a key-value store: loaded?/0 checks it with is_nil/1, get/0 returns it whole and no
  handler takes a key from its caller (an Agent's job, not ETS's).
  """
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

  def put(value), do: GenServer.call(__MODULE__, {:put, value})
  def get, do: GenServer.call(__MODULE__, :get)
  def loaded?, do: GenServer.call(__MODULE__, :loaded?)

  @impl true
  def init(nil), do: {:ok, nil}

  @impl true
  def handle_call({:put, value}, _from, _state), do: {:reply, :ok, value}
  def handle_call(:get, _from, state), do: {:reply, state, state}
  def handle_call(:loaded?, _from, state), do: {:reply, not is_nil(state), state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.CurrentSetting], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
