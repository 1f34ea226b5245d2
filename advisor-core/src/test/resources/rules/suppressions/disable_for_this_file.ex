# otp-advisor:disable-for-this-file OTP001 OTP002
defmodule MyApp.Legacy.TaxCalculator do
  @moduledoc """
  Kept as a process until the v1 API is retired; OTP001 and OTP002 are
  silenced for the whole file. Other rules still apply (see the spawn below).
  """
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

  def vat(cents, rate), do: GenServer.call(__MODULE__, {:vat, cents, rate})

  @impl true
  def init(nil), do: {:ok, nil}

  @impl true
  def handle_call({:vat, cents, rate}, _from, state), do: {:reply, div(cents * rate, 100), state}

  def warm_up do
    spawn(fn -> vat(100, 19) end) # expect: OTP005
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.Legacy.TaxCalculator], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
