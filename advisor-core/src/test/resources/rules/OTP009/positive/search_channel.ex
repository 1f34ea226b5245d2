defmodule MyAppWeb.SearchChannel do
  use MyAppWeb, :channel

  alias MyApp.Search

  def join("search:" <> _scope, _params, socket), do: {:ok, assign(socket, filters: %{}, query: "")}

  def handle_in("query", %{"q" => q}, socket) do
    socket = assign(socket, :query, q)

    # socket carries the transport, the serializer, every assign: all of it is
    # copied into the task to read two assigns.
    task = Task.async(fn -> Search.run(socket.assigns.query, socket.assigns.filters) end) # expect: OTP009
    results = Task.await(task, 5_000)

    {:reply, {:ok, %{results: results}}, socket}
  end
end
