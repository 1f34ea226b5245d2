defmodule MyApp.Orders.Consumer do
  @moduledoc """
  Consumes order events from AMQP and starts one tracker per order. At peak,
  hundreds of deliveries a second go through one DynamicSupervisor.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts), do: {:ok, %{channel: nil, opts: opts}, {:continue, :subscribe}}

  @impl true
  def handle_continue(:subscribe, state) do
    {:ok, chan} = MyApp.Amqp.open_channel(state.opts)
    {:ok, _tag} = AMQP.Basic.consume(chan, "orders")
    {:noreply, %{state | channel: chan}}
  end

  @impl true
  def handle_info({:basic_deliver, payload, %{delivery_tag: tag}}, state) do
    %{"order_id" => order_id} = Jason.decode!(payload)

    case DynamicSupervisor.start_child(MyApp.OrderTrackerSupervisor, {MyApp.Orders.Tracker, order_id}) do # expect: OTP010
      {:ok, _pid} -> :ok
      {:error, {:already_started, _pid}} -> :ok
    end

    AMQP.Basic.ack(state.channel, tag)
    {:noreply, state}
  end

  def handle_info(_other, state), do: {:noreply, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.OrderTrackerSupervisor},
      MyApp.Orders.Consumer
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
