defmodule MyAppWeb.SearchChannel do
  use MyAppWeb, :channel

  alias MyApp.Search

  def join("search:" <> _scope, _params, socket), do: {:ok, assign(socket, filters: %{}, query: "")}

  def handle_in("query", %{"q" => q}, socket) do
    socket = assign(socket, :query, q)
    %{query: query, filters: filters} = socket.assigns

    task = Task.async(fn -> Search.run(query, filters) end)
    results = Task.await(task, 5_000)

    {:reply, {:ok, %{results: results}}, socket}
  end
end
