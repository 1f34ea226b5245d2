defmodule MyApp.Audit.Checker do
  @moduledoc "Checks audit events against the SIEM's rules. Written against :gen_server directly."
  @behaviour :gen_server # expect: OTP001

  def child_spec(opts), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [opts]}}

  def start_link(_opts) do
    :gen_server.start_link({:local, __MODULE__}, __MODULE__, [], [])
  end

  def check(event), do: :gen_server.call(__MODULE__, {:check, event})

  @impl true
  def init([]), do: {:ok, :no_state}

  @impl true
  def handle_call({:check, event}, _from, state) do
    {:reply, MyApp.Siem.Client.post("/v1/check", event), state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Audit.Checker]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
