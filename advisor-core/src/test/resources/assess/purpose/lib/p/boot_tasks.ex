defmodule P.BootTasks do
  @moduledoc "Runs start-up work in its place in the children list, then idles (pinchflat's boot tasks shape)."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(state) do
    P.Repo.reset_stale_jobs()
    File.mkdir_p!("/tmp/p")
    {:ok, state}
  end
end
