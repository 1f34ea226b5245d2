defmodule MyApp.Pricing.Engine do
  @moduledoc """
  Applies the loaded discount rules (real state, read on every quote). One
  handler, though, only rounds a number: that computation queues behind every
  quote in this process's mailbox for nothing.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def quote_price(sku, cents), do: GenServer.call(__MODULE__, {:quote, sku, cents})
  def round_cents(amount) when is_float(amount), do: GenServer.call(__MODULE__, {:round, amount})
  def reload(rules), do: GenServer.cast(__MODULE__, {:reload, rules})

  @impl true
  def init(opts), do: {:ok, %{rules: Keyword.fetch!(opts, :rules)}}

  @impl true
  def handle_call({:quote, sku, cents}, _from, %{rules: rules} = state) do
    discount = rules |> Enum.filter(&(&1.sku in [sku, :any])) |> Enum.map(& &1.percent) |> Enum.max(fn -> 0 end)
    {:reply, cents - div(cents * discount, 100), state}
  end

  def handle_call({:round, amount}, _from, state) do # expect: OTP002
    {:reply, amount |> Float.round(0) |> trunc(), state}
  end

  @impl true
  def handle_cast({:reload, rules}, state), do: {:noreply, %{state | rules: rules}}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Pricing.Engine, rules: []}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
