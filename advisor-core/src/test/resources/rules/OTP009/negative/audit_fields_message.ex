defmodule MyApp.Audit do
  @moduledoc "Writes an audit line per admin request; the message carries only what is written."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def record(%Plug.Conn{method: method, request_path: path, remote_ip: ip}) do
    GenServer.cast(__MODULE__, {:record, method, path, ip})
  end

  @impl true
  def init(opts) do
    {:ok, io} = File.open(Keyword.fetch!(opts, :path), [:append, :binary])
    {:ok, %{io: io}}
  end

  @impl true
  def handle_cast({:record, method, path, ip}, %{io: io} = state) do
    IO.binwrite(io, "#{method} #{path} #{:inet.ntoa(ip)}\n")
    {:noreply, state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Audit, path: "/var/log/my_app/audit.log"}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
