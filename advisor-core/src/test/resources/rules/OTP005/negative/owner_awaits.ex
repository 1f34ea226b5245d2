defmodule MyAppWeb.SignInLive do
  @moduledoc "A LiveView collects its task's reply in handle_info({ref, result}, ...): it awaits it."
  use Phoenix.LiveView

  def handle_event("sign_in", %{"token" => token}, socket) do
    task = Task.async(fn -> MyApp.Auth.sign_in(token) end)
    {:noreply, assign(socket, task: task)}
  end

  def handle_info({ref, result}, %{assigns: %{task: %Task{ref: ref}}} = socket) do
    Process.demonitor(ref, [:flush])
    {:noreply, assign(socket, result: result, task: nil)}
  end

  def handle_info({:DOWN, _ref, :process, _pid, _reason}, socket) do
    {:noreply, assign(socket, task: nil)}
  end
end

defmodule MyApp.Vehicles.Poller do
  @moduledoc "A GenServer keeps the task in its state and matches its ref when the reply comes."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts), do: {:ok, %{opts: opts, task: nil}, {:continue, :fetch}}

  @impl true
  def handle_continue(:fetch, state) do
    opts = state.opts
    {:noreply, %{state | task: Task.async(fn -> MyApp.Vehicles.fetch(opts) end)}}
  end

  @impl true
  def handle_info({ref, _vehicle}, %{task: %Task{ref: ref}} = state) do
    Process.demonitor(ref, [:flush])
    {:noreply, %{state | task: nil}}
  end
end
