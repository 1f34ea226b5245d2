defmodule MyApp.Mailing do
  @moduledoc """
  Names known at compile time: a literal atom, and Module.concat of two
  compile-time aliases. Bounded, created once.
  """
  use Supervisor

  @task_sup Module.concat(__MODULE__, TaskSupervisor)

  def start_link(_opts), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)

  def send_later(email), do: Task.Supervisor.start_child(@task_sup, fn -> MyApp.Mailer.deliver(email) end)

  @impl true
  def init(:ok) do
    children = [
      {Task.Supervisor, name: @task_sup},
      {MyApp.Mailing.Throttle, name: :primary_mailer_throttle}
    ]

    Supervisor.init(children, strategy: :one_for_one)
  end
end

defmodule MyApp.Mailing.Throttle do
  @moduledoc "At most 10 mails a second to the SMTP relay."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, :ok, name: Keyword.fetch!(opts, :name))

  @impl true
  def init(:ok) do
    :timer.send_interval(1_000, :refill)
    {:ok, 10}
  end

  @impl true
  def handle_call(:take, _from, tokens) do
    if tokens > 0, do: {:reply, :ok, tokens - 1}, else: {:reply, {:error, :throttled}, tokens}
  end

  @impl true
  def handle_info(:refill, _tokens), do: {:noreply, 10}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.Mailing], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
