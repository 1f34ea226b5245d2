defmodule MyApp.Application do
  @moduledoc """
  Label printers are known at boot: the application starts one process per
  configured printer after the tree is up. No request path starts children.
  """
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.PrinterRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.PrinterSupervisor},
      MyAppWeb.Endpoint
    ]

    with {:ok, sup} <- Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor) do
      for printer_id <- Application.fetch_env!(:my_app, :printer_ids) do
        {:ok, _pid} = DynamicSupervisor.start_child(MyApp.PrinterSupervisor, {MyApp.Printers.Printer, printer_id})
      end

      {:ok, sup}
    end
  end
end

defmodule MyAppWeb.PrinterController do
  use MyAppWeb, :controller

  def print(conn, %{"printer_id" => printer_id, "label" => label}) do
    :ok = MyApp.Printers.Printer.print(printer_id, label)
    send_resp(conn, 202, "")
  end
end
