defmodule MyApp.Currencies do
  @moduledoc """
  Currency metadata loaded by init/1 and never changed afterwards: every handler only reads a key.
  A write-once value read by many: :persistent_term fits it better still, and the message says so.
  """
  use GenServer # expect: OTP004

  def start_link(currencies), do: GenServer.start_link(__MODULE__, currencies, name: __MODULE__)

  def fetch(code), do: GenServer.call(__MODULE__, {:fetch, code})
  def symbol(code), do: GenServer.call(__MODULE__, {:symbol, code})

  @impl true
  def init(currencies) do
    {:ok, Map.new(currencies, &{&1.code, &1})}
  end

  @impl true
  def handle_call({:fetch, code}, _from, currencies), do: {:reply, Map.fetch(currencies, code), currencies}
  def handle_call({:symbol, code}, _from, currencies), do: {:reply, Map.get(currencies, code), currencies}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([{MyApp.Currencies, Application.fetch_env!(:my_app, :currencies)}], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
