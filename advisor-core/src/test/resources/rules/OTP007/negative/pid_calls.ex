defmodule MyApp.Uploads.Upload do
  @moduledoc "One process per chunked upload; callers hold its pid, it has no registered name."
  use GenServer, restart: :transient

  def start_link(upload_id), do: GenServer.start_link(__MODULE__, upload_id)

  @impl true
  def init(upload_id), do: {:ok, %{id: upload_id, chunks: [], size: 0}, :timer.minutes(5)}

  @impl true
  def handle_call({:chunk, data}, _from, state) do
    state = %{state | chunks: [data | state.chunks], size: state.size + byte_size(data)}
    {:reply, {:ok, state.size}, state, :timer.minutes(5)}
  end

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end

defmodule MyAppWeb.UploadChannel do
  use MyAppWeb, :channel

  def join("upload:" <> upload_id, _params, socket) do
    {:ok, pid} = DynamicSupervisor.start_child({:via, PartitionSupervisor, {MyApp.UploadSupervisors, upload_id}}, {MyApp.Uploads.Upload, upload_id})
    {:ok, assign(socket, :upload, pid)}
  end

  def handle_in("chunk", %{"data" => data}, socket) do
    {:ok, size} = GenServer.call(socket.assigns.upload, {:chunk, Base.decode64!(data)})
    {:reply, {:ok, %{received: size}}, socket}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{PartitionSupervisor, child_spec: DynamicSupervisor, name: MyApp.UploadSupervisors}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
