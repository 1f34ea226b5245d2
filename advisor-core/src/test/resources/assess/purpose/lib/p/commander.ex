defmodule P.Commander do
  @moduledoc "Answers commands from this node or, with node: given, from another one (tai's Commander)."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def accounts(options \\ []), do: options |> to_dest() |> GenServer.call(:accounts)
  def venues(options \\ []), do: options |> to_dest |> GenServer.call({:venues, options})

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call(:accounts, _from, state), do: {:reply, [], state}
  def handle_call({:venues, _options}, _from, state), do: {:reply, [], state}

  defp to_dest(options) do
    options
    |> Keyword.get(:node)
    |> case do
      nil -> __MODULE__
      node -> {__MODULE__, node}
    end
  end
end
