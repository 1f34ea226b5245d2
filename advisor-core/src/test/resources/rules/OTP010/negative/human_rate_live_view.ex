defmodule MyAppWeb.DocumentLive do
  @moduledoc "Collaborative editing: one process per open document, started on mount."
  use MyAppWeb, :live_view

  def mount(%{"id" => doc_id}, _session, socket) do
    if connected?(socket) do
      {:ok, pid} =
        case DynamicSupervisor.start_child(MyApp.DocumentSupervisor, {MyApp.Docs.Document, doc_id}) do
          {:error, {:already_started, pid}} -> {:ok, pid}
          other -> other
        end

      {:ok, assign(socket, doc: pid, doc_id: doc_id)}
    else
      {:ok, assign(socket, doc: nil, doc_id: doc_id)}
    end
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.DocumentSupervisor},
      MyAppWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
