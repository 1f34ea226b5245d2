defmodule P.Placeholder do
  @moduledoc "Control: a child that does nothing and returns :ignore is not a start-up step."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(_opts), do: :ignore
end
