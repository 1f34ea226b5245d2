defmodule P.Guard do
  @moduledoc "Makes sure the last administrator is never removed (aircloak's AdminGuard)."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def commit(fun), do: GenServer.call(__MODULE__, {:commit, fun})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:commit, fun}, _from, state), do: {:reply, do_commit(fun), state}

  defp do_commit(fun) do
    P.Repo.transaction(fn ->
      result = fun.()
      if P.Accounts.admin_left?(), do: result, else: P.Repo.rollback(:no_admin_left)
    end)
  end
end

defmodule P.Registrar do
  @moduledoc "Registers data sources, one registration at a time."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def register(source), do: GenServer.call(__MODULE__, {:register, source})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:register, source}, _from, state), do: {:reply, P.Sources.create_or_update(source), state}
end

defmodule P.Sources do
  def create_or_update(source) do
    case P.Repo.get_by(P.Source, name: source.name) do
      nil -> create(source)
      existing -> existing
    end
  end

  defp create(source), do: P.Repo.insert!(source)
end

defmodule P.Crud do
  @moduledoc "Reads and writes rows for its callers: code organization, no check-then-write."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def get(id), do: GenServer.call(__MODULE__, {:get, id})
  def put(row), do: GenServer.call(__MODULE__, {:put, row})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:get, id}, _from, state), do: {:reply, P.Rows.get(id), state}
  def handle_call({:put, row}, _from, state), do: {:reply, P.Rows.put(row), state}
end

defmodule P.Rows do
  def get(id), do: P.Repo.get(P.Row, id)
  def put(row), do: P.Repo.insert(row)
end

defmodule P.Sessions do
  @moduledoc "Ends sessions through Ash (sensocto's SessionServer): read, then write, one caller at a time."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def finish(id), do: GenServer.call(__MODULE__, {:finish, id})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:finish, id}, _from, state) do
    {:ok, session} = Ash.get(P.Session, id)
    {:reply, Ash.update(session, %{}, action: :finish), state}
  end
end
