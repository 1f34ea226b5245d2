defmodule MyApp.Notifications.Digest do
  @moduledoc """
  Collects notifications and sends a digest every hour. All messages to the
  named process are sent from inside this module, with __MODULE__ or its name.
  """
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: MyApp.Notifications.Digest)

  def add(user_id, note), do: GenServer.cast(__MODULE__, {:add, user_id, note})
  def pending(user_id), do: GenServer.call(MyApp.Notifications.Digest, {:pending, user_id})
  def flush_now, do: send(__MODULE__, :flush)

  @impl true
  def init(:ok) do
    Process.send_after(self(), :flush, :timer.hours(1))
    {:ok, %{}}
  end

  @impl true
  def handle_cast({:add, user_id, note}, notes), do: {:noreply, Map.update(notes, user_id, [note], &[note | &1])}

  @impl true
  def handle_call({:pending, user_id}, _from, notes), do: {:reply, Map.get(notes, user_id, []), notes}

  @impl true
  def handle_info(:flush, notes) do
    Enum.each(notes, fn {user_id, list} -> MyApp.Mailer.digest(user_id, Enum.reverse(list)) end)
    Process.send_after(self(), :flush, :timer.hours(1))
    {:noreply, %{}}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Notifications.Digest]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
