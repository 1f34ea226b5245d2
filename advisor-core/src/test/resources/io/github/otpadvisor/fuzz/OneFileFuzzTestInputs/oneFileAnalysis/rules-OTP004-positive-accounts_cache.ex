defmodule MyApp.Accounts.Cache do
  @moduledoc "Caches user records by id. Every read in the system queues in this mailbox."
  use GenServer # expect: OTP004

  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  def get(user_id), do: GenServer.call(__MODULE__, {:get, user_id})
  def put(user_id, user), do: GenServer.cast(__MODULE__, {:put, user_id, user})
  def evict(user_id), do: GenServer.cast(__MODULE__, {:evict, user_id})

  @impl true
  def init(users), do: {:ok, users}

  @impl true
  def handle_call({:get, user_id}, _from, users), do: {:reply, Map.get(users, user_id), users}

  @impl true
  def handle_cast({:put, user_id, user}, users), do: {:noreply, Map.put(users, user_id, user)}
  def handle_cast({:evict, user_id}, users), do: {:noreply, Map.delete(users, user_id)}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Accounts.Cache]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
