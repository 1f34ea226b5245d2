defmodule MyApp.OrderMachine do
  @moduledoc "A gen_statem that loads its order in init/1: the fix is an internal event, not handle_continue."
  @behaviour :gen_statem

  def start_link(id), do: :gen_statem.start_link({:local, __MODULE__}, __MODULE__, id, [])
  def pay(amount), do: :gen_statem.call(__MODULE__, {:pay, amount})

  @impl true
  def callback_mode, do: :handle_event_function

  @impl true
  def init(id) do
    order = MyApp.Repo.get!(MyApp.Order, id) # expect: OTP013
    {:ok, :open, %{order: order, paid: 0}}
  end

  @impl true
  def handle_event({:call, from}, {:pay, amount}, :open, data) do
    paid = data.paid + amount

    if paid >= data.order.total do
      {:next_state, :paid, %{data | paid: paid}, [{:reply, from, :paid}]}
    else
      {:keep_state, %{data | paid: paid}, [{:reply, from, :open}]}
    end
  end

  def handle_event({:call, from}, {:pay, _amount}, :paid, _data), do: {:keep_state_and_data, [{:reply, from, :paid}]}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([{MyApp.OrderMachine, 1}], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
