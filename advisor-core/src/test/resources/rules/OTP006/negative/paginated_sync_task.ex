defmodule MyApp.Crm.Sync do
  @moduledoc """
  Pulls every page of contacts from the CRM. It recurses over pages but has no
  receive: it runs to completion and exits.
  """
  use Task

  def start_link(opts), do: Task.start_link(__MODULE__, :run, [Keyword.get(opts, :since)])

  def run(since), do: fetch_page(since, nil, 0)

  defp fetch_page(since, cursor, count) do
    case MyApp.Crm.Client.contacts(since: since, cursor: cursor) do
      {:ok, %{contacts: contacts, next: nil}} ->
        MyApp.Crm.upsert_all(contacts)
        count + length(contacts)

      {:ok, %{contacts: contacts, next: next}} ->
        MyApp.Crm.upsert_all(contacts)
        fetch_page(since, next, count + length(contacts))
    end
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Crm.Sync, since: ~D[2024-01-01]}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
