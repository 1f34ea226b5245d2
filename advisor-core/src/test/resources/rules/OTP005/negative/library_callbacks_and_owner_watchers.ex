defmodule MyApp.Vault do
  @moduledoc """
  A library behaviour hides the GenServer (use Cloak.Vault): the module is listed in the application's
  children, so its init/1 runs in the supervised vault process and a task linked there lives and dies with it.
  """
  use Cloak.Vault, otp_app: :my_app

  @impl GenServer
  def init(config) do
    Task.start_link(fn ->
      :timer.sleep(1_000)
      MyApp.Vault.Migrator.run()
    end)

    {:ok, config}
  end
end

defmodule MyApp.QueueProducer do
  @moduledoc """
  Deliberately unlinked prefetch: the task monitors its owner, and its helper settles the work itself when
  the owner is gone, or sends the result back.
  """
  use GenStage

  def init(opts), do: {:producer, %{queue: opts[:queue], prefetch: nil}}

  def handle_demand(_demand, state) do
    parent = self()
    queue = state.queue

    Task.start(fn ->
      parent_ref = Process.monitor(parent)
      result = MyApp.Queue.receive_batch(queue)
      deliver_or_settle(result, parent, parent_ref)
    end)

    {:noreply, [], %{state | prefetch: :running}}
  end

  def handle_info({:prefetch_result, messages}, state), do: {:noreply, messages, %{state | prefetch: nil}}

  defp deliver_or_settle(result, parent, parent_ref) do
    receive do
      {:DOWN, ^parent_ref, :process, _, _} -> MyApp.Queue.release(result)
    after
      0 -> send(parent, {:prefetch_result, result})
    end
  end
end

defmodule MyAppWeb.BillingLive.ChartComponent do
  @moduledoc "A component runs in its LiveView's process: the LiveView collects the task's reply."
  use Phoenix.LiveComponent

  def update(%{user: user}, socket) do
    Task.async(fn -> MyApp.Billing.timeseries(user) end)
    {:ok, assign(socket, loading: true)}
  end

  def render(assigns), do: ~H"<div></div>"
end

defmodule MyAppWeb.BillingLive.Edit do
  use Phoenix.LiveView

  def mount(_params, _session, socket), do: {:ok, socket}

  def handle_info({_ref, {:ok, data}}, socket) do
    send_update(MyAppWeb.BillingLive.ChartComponent, id: "chart", data: data)
    {:noreply, socket}
  end

  def handle_info({:DOWN, _ref, _type, _pid, :normal}, socket), do: {:noreply, socket}

  def render(assigns), do: ~H"<div></div>"
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([MyApp.Vault], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
