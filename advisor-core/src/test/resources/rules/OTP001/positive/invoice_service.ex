defmodule MyApp.Billing.InvoiceService do
  @moduledoc "Issues invoices. A process because \"it is a service\", not for a runtime reason."
  use GenServer # expect: OTP001

  alias MyApp.Billing.{Invoice, PdfRenderer}
  alias MyApp.Repo

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def issue(order_id), do: GenServer.call(__MODULE__, {:issue, order_id})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_call({:issue, order_id}, _from, state) do
    invoice = Repo.insert!(Invoice.changeset(%Invoice{}, %{order_id: order_id}))
    :ok = PdfRenderer.render(invoice.id)
    {:reply, {:ok, invoice.id}, state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Repo, MyApp.Billing.InvoiceService]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
