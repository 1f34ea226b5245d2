defmodule MyApp.Inventory.Reservations do
  @moduledoc "Holds stock for 10 minutes per reservation; releases it when the hold expires."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: {:ok, %{}}

  @impl true
  def handle_call({:reserve, sku, qty}, {pid, _tag}, holds) do
    ref = make_ref()
    Process.send_after(self(), {:expire, ref}, :timer.minutes(10))
    {:reply, {:ok, ref}, Map.put(holds, ref, {sku, qty, pid})}
  end

  @impl true
  def handle_info({:expire, ref}, holds) do
    with {{sku, qty, _pid}, _rest} <- Map.pop(holds, ref), do: MyApp.Inventory.restock(sku, qty)
    {:noreply, Map.delete(holds, ref)}
  end
end

defmodule MyAppWeb.ReservationController do
  use MyAppWeb, :controller

  def create(conn, %{"sku" => sku, "qty" => qty}) do
    {:ok, ref} = GenServer.call(MyApp.Inventory.Reservations, {:reserve, sku, String.to_integer(qty)}) # expect: OTP007
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
