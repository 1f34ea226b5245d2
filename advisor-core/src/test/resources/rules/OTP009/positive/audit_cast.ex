defmodule MyApp.Audit do
  @moduledoc """
  Writes an audit line per admin request. record/1 casts the whole conn to
  the audit process; the handler reads three fields of it.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def record(%Plug.Conn{} = conn), do: GenServer.cast(__MODULE__, {:record, conn}) # expect: OTP009

  @impl true
  def init(opts) do
    {:ok, io} = File.open(Keyword.fetch!(opts, :path), [:append, :binary])
    {:ok, %{io: io}}
  end

  @impl true
  def handle_cast({:record, conn}, %{io: io} = state) do
    IO.binwrite(io, "#{conn.method} #{conn.request_path} #{:inet.ntoa(conn.remote_ip)}\n")
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
