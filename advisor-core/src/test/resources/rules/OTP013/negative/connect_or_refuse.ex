defmodule MyApp.NodeIPC do
  @moduledoc """
  A pool worker that talks to the node over its Unix socket: without the socket it is useless, so init/1
  connects and refuses to start when that fails (the pool's start reports the error at once).
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
  def request(pid, payload), do: GenServer.call(pid, {:request, payload})

  @impl true
  def init(opts) do
    response = :gen_tcp.connect({:local, opts[:path]}, 0, [:binary, active: false])

    case response do
      {:ok, socket} -> {:ok, %{socket: socket}}
      {:error, reason} -> {:error, reason}
    end
  end

  @impl true
  def handle_call({:request, payload}, _from, %{socket: socket} = state) do
    :ok = :gen_tcp.send(socket, payload)
    {:reply, :gen_tcp.recv(socket, 0, 5_000), state}
  end
end

defmodule MyApp.Workspace do
  @moduledoc """
  Started on demand: init/1 downloads the workspace's files and returns {:stop, message} when that fails,
  so open/1 can answer {:error, message} instead of starting a process that crashes a moment later.
  """
  use GenServer

  def start_link({id, url}), do: GenServer.start_link(__MODULE__, {id, url}, name: via(id))
  def files(id), do: GenServer.call(via(id), :files)

  def open(id, url) do
    DynamicSupervisor.start_child(MyApp.WorkspaceSupervisor, {__MODULE__, {id, url}})
  end

  defp via(id), do: {:via, Registry, {MyApp.WorkspaceRegistry, id}}

  @impl true
  def init({id, url}) do
    with {:ok, files} <- download(url) do
      {:ok, %{id: id, files: files}}
    else
      {:error, message} -> {:stop, message}
    end
  end

  @impl true
  def handle_call(:files, _from, state), do: {:reply, state.files, state}

  defp download(url) do
    case Req.get(url) do
      {:ok, %{status: 200, body: body}} -> {:ok, body}
      {:ok, %{status: status}} -> {:error, "download failed, HTTP status #{status}"}
      {:error, exception} -> {:error, Exception.message(exception)}
    end
  end
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.WorkspaceRegistry},
      {DynamicSupervisor, name: MyApp.WorkspaceSupervisor, strategy: :one_for_one},
      :poolboy.child_spec(:ipc, [name: {:local, :ipc}, worker_module: MyApp.NodeIPC, size: 5], path: "/tmp/node.ipc")
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
