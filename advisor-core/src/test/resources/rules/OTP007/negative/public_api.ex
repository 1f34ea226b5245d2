defmodule MyApp.Inventory.Reservations do
  @moduledoc "Holds stock for 10 minutes. Other modules go through reserve/2 only."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def reserve(sku, qty), do: GenServer.call(__MODULE__, {:reserve, sku, qty})

  @impl true
  def init(:ok), do: {:ok, %{}}

  @impl true
  def handle_call({:reserve, sku, qty}, _from, holds) do
    ref = make_ref()
    Process.send_after(self(), {:expire, ref}, :timer.minutes(10))
    {:reply, {:ok, ref}, Map.put(holds, ref, {sku, qty})}
  end

  @impl true
  def handle_info({:expire, ref}, holds) do
    with {{sku, qty}, _rest} <- Map.pop(holds, ref), do: MyApp.Inventory.restock(sku, qty)
    {:noreply, Map.delete(holds, ref)}
  end
end

defmodule MyAppWeb.ReservationController do
  use MyAppWeb, :controller

  alias MyApp.Inventory.Reservations

  def create(conn, %{"sku" => sku, "qty" => qty}) do
    {:ok, ref} = Reservations.reserve(sku, String.to_integer(qty))
    json(conn, %{reservation: inspect(ref)})
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Inventory.Reservations, MyAppWeb.Endpoint]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
