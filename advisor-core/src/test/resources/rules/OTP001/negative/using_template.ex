defmodule MyApp.Workers.Base do
  @moduledoc """
  A template for workers. The GenServer below is only quoted code: it becomes a
  process module in whichever module calls `use MyApp.Workers.Base`, and none
  does in this file. Nothing here is a process.
  """

  defmacro __using__(opts) do
    queue = Keyword.fetch!(opts, :queue)

    quote do
      use GenServer

      def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

      def perform(job), do: GenServer.cast(__MODULE__, {:perform, job})

      @impl true
      def init(:ok), do: {:ok, nil}

      @impl true
      def handle_cast({:perform, job}, state) do
        MyApp.Jobs.run(unquote(queue), job)
        {:noreply, state}
      end
    end
  end
end
