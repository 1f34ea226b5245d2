defmodule MyApp.Tenants do
  @moduledoc "Reads tenants through a cache: the query runs only on a miss."
  def get_tenant_cache(id) do
    case Cachex.fetch(MyApp.Cache, {:tenant, id}, fn _key -> {:commit, get_tenant(id)} end) do
      {:ok, tenant} -> tenant
      {:commit, tenant} -> tenant
    end
  end

  def get_tenant(id), do: MyApp.Repo.get_by(MyApp.Tenant, external_id: id)
end

defmodule MyApp.SecretChecker do
  @moduledoc "Reads its tenant through the cache in init/1 (filled when the tenant connected) and connects later."
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  @impl true
  def init(id) do
    tenant = MyApp.Tenants.get_tenant_cache(id)
    {:ok, %{id: id, tenant: tenant, conn: nil}, {:continue, :connect}}
  end

  @impl true
  def handle_continue(:connect, state), do: {:noreply, %{state | conn: MyApp.AuthQuery.connect(state.tenant)}}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [{Cachex, name: MyApp.Cache}, {MyApp.SecretChecker, "tenant-1"}, MyApp.LoginThrottle]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end

defmodule MyApp.Config do
  @moduledoc "Site settings through the project's own get-or-store helper: queried on a miss only."
  import Ecto.Query

  def get_site_config_cache(key), do: MyApp.CacheHelper.cache_get_or_store(:site_config, key, fn -> get(key) end)

  def get(key), do: MyApp.Repo.one(from(c in "site_config", where: c.key == ^key, select: c.value))
end

defmodule MyApp.LoginThrottle do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def allow?(user), do: GenServer.call(__MODULE__, {:allow?, user})

  @impl true
  def init(:ok), do: {:ok, %{limit: MyApp.Config.get_site_config_cache("login.limit"), seen: %{}}}

  @impl true
  def handle_call({:allow?, user}, _from, state) do
    count = Map.get(state.seen, user, 0)
    {:reply, count < state.limit, %{state | seen: Map.put(state.seen, user, count + 1)}}
  end
end
