defmodule MyApp.Auth.TokenStore do
  @moduledoc """
  API tokens by key, registered cluster-wide with :global. Every lookup from
  every node is a message to one process on one node.
  """
  use GenServer # expect: OTP004

  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: {:global, __MODULE__})

  def fetch(key), do: GenServer.call({:global, __MODULE__}, {:fetch, key})
  def store(key, token), do: GenServer.call({:global, __MODULE__}, {:store, key, token})
  def revoke(key), do: GenServer.call({:global, __MODULE__}, {:revoke, key})

  @impl true
  def init(tokens), do: {:ok, tokens}

  @impl true
  def handle_call({:fetch, key}, _from, tokens), do: {:reply, Map.fetch(tokens, key), tokens}
  def handle_call({:store, key, token}, _from, tokens), do: {:reply, :ok, Map.put(tokens, key, token)}
  def handle_call({:revoke, key}, _from, tokens), do: {:reply, :ok, Map.delete(tokens, key)}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Auth.TokenStore]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
