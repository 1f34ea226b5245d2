defmodule Jobs.Periodic do
  @moduledoc "A project macro: its quote gives every user a GenServer start_link; users are listed by name."
  defmacro __using__(opts) do
    quote do
      use GenServer

      def start_link(_), do: GenServer.start_link(__MODULE__, unquote(opts), name: __MODULE__)

      @impl true
      def init(opts) do
        :timer.send_interval(Keyword.fetch!(opts, :every), :tick)
        {:ok, opts}
      end

      @impl true
      def handle_info(:tick, opts) do
        run()
        {:noreply, opts}
      end
    end
  end
end

defmodule Jobs.Cleanup do
  use Jobs.Periodic, every: 60_000

  def run, do: Jobs.Store.delete_expired()
end

defmodule Jobs.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link(Application.get_env(:jobs, :periodic, []), strategy: :one_for_one, name: Jobs.Supervisor)
  end
end
