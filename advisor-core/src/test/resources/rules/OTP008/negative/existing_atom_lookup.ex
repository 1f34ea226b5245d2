defmodule MyApp.Regions.Gateway do
  @moduledoc """
  One gateway per region, named with literal atoms in the children list.
  Requests pick a gateway from a string with String.to_existing_atom: it can
  only resolve names that already exist, so no atom is ever created.
  """
  use GenServer

  def start_link(opts) do
    GenServer.start_link(__MODULE__, Keyword.fetch!(opts, :base_url), name: Keyword.fetch!(opts, :name))
  end

  def request(region, path) when region in ["eu", "us"] do
    GenServer.call(String.to_existing_atom("gateway_" <> region), {:get, path})
  end

  @impl true
  def init(base_url), do: {:ok, %{base_url: base_url, client: nil}, {:continue, :client}}

  @impl true
  def handle_continue(:client, state), do: {:noreply, %{state | client: MyApp.Http.client(state.base_url)}}

  @impl true
  def handle_call({:get, path}, _from, state), do: {:reply, MyApp.Http.get(state.client, path), state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      Supervisor.child_spec({MyApp.Regions.Gateway, name: :gateway_eu, base_url: "https://eu.example.com"}, id: :gateway_eu),
      Supervisor.child_spec({MyApp.Regions.Gateway, name: :gateway_us, base_url: "https://us.example.com"}, id: :gateway_us)
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
