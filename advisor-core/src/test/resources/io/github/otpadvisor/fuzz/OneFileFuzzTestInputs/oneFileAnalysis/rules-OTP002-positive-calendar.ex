defmodule MyApp.Scheduling.Calendar do
  @moduledoc "Keeps the team's events ordered by start time; also answers date arithmetic."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

  def add_event(event), do: GenServer.call(__MODULE__, {:add, event})
  def upcoming(now), do: GenServer.call(__MODULE__, {:upcoming, now})
  def week_number(date), do: GenServer.call(__MODULE__, {:week_number, date})

  @impl true
  def init(events), do: {:ok, events}

  @impl true
  def handle_call({:add, event}, _from, events) do
    events = Enum.sort_by([event | events], & &1.starts_at, DateTime)
    {:reply, :ok, events}
  end

  def handle_call({:upcoming, now}, _from, events) do
    {:reply, Enum.drop_while(events, &(DateTime.compare(&1.starts_at, now) == :lt)), events}
  end

  def handle_call({:week_number, %Date{} = date}, _from, events) do # expect: OTP002
    {_year, week} = :calendar.iso_week_number(Date.to_erl(date))
    {:reply, week, events}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Scheduling.Calendar]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
