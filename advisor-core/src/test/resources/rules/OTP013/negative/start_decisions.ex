defmodule MyApp.Migrations.BackfillTotals do
  @moduledoc """
  A quick check decides whether the migration starts at all: :ignore when there is nothing to do.
  The check cannot move to handle_continue/2, which can no longer return :ignore.
  """
  use GenServer
  import Ecto.Query

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    if already_done?() do
      :ignore
    else
      {:ok, %{last_id: 0}, {:continue, :batch}}
    end
  end

  @impl true
  def handle_continue(:batch, state), do: {:noreply, batch(state)}

  @impl true
  def handle_info(:batch, state), do: {:noreply, batch(state)}

  defp batch(state) do
    ids = MyApp.Repo.all(from(o in "orders", where: o.id > ^state.last_id, select: o.id, limit: 100))
    MyApp.Repo.update_all(from(o in "orders", where: o.id in ^ids), set: [total: 0])
    Process.send_after(self(), :batch, 1_000)
    %{state | last_id: Enum.max(ids, fn -> state.last_id end)}
  end

  defp already_done?, do: not MyApp.Repo.exists?(from(o in "orders", where: is_nil(o.total)))
end

defmodule MyApp.Migrations.CreateIndex do
  @moduledoc """
  A with-chain decides: on a fresh install the index is created at once and the process is not started
  (:ignore); otherwise the long operation runs after init/1 returned.
  """
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    with {:fresh_install?, true} <- {:fresh_install?, not MyApp.Repo.exists?(MyApp.Order)},
         {:created, {:ok, _}} <- {:created, MyApp.Repo.query("CREATE INDEX orders_total ON orders (total)")} do
      :ignore
    else
      _ -> {:ok, %{started: false}, {:continue, :create}}
    end
  end

  @impl true
  def handle_continue(:create, state) do
    MyApp.Repo.query!("CREATE INDEX CONCURRENTLY orders_total ON orders (total)", [], timeout: :infinity)
    {:noreply, %{state | started: true}}
  end

  @impl true
  def handle_call(:started?, _from, state), do: {:reply, state.started, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [MyApp.Migrations.BackfillTotals, MyApp.Migrations.CreateIndex]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
