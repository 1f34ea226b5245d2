defmodule MyApp.Billing.Invoices do
  @moduledoc """
  The refactored InvoiceService: plain functions run in the caller's process.
  The slow PDF rendering goes to a supervised Task, the one runtime reason.
  """

  alias MyApp.Billing.{Invoice, PdfRenderer}
  alias MyApp.Repo

  def issue(order_id) do
    with {:ok, invoice} <- Repo.insert(Invoice.changeset(%Invoice{}, %{order_id: order_id})) do
      invoice_id = invoice.id
      Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> PdfRenderer.render(invoice_id) end)
      {:ok, invoice_id}
    end
  end

  def total(lines) do
    Enum.reduce(lines, 0, fn %{unit_cents: unit, quantity: qty}, acc -> acc + unit * qty end)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Repo, {Task.Supervisor, name: MyApp.TaskSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
