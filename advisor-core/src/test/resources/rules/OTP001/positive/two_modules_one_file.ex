defmodule MyApp.Reports.Exporter do
  @moduledoc "Builds and uploads reports. Holds nothing between two exports."
  use GenServer # expect: OTP001

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def export(report_id), do: GenServer.call(__MODULE__, {:export, report_id})

  @impl true
  def init(:ok), do: {:ok, :ok}

  @impl true
  def handle_call({:export, report_id}, _from, state) do
    result = report_id |> MyApp.Reports.build() |> MyApp.Storage.upload("reports/#{report_id}.csv")
    {:reply, result, state}
  end
end

defmodule MyApp.Reports.Scheduler do
  @moduledoc "Triggers the nightly export. Its timer is a real runtime reason."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts) do
    interval = Keyword.get(opts, :interval, :timer.hours(24))
    Process.send_after(self(), :run, interval)
    {:ok, %{interval: interval}}
  end

  @impl true
  def handle_info(:run, %{interval: interval} = state) do
    MyApp.Reports.Exporter.export(:daily_sales)
    Process.send_after(self(), :run, interval)
    {:noreply, state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Reports.Exporter, {MyApp.Reports.Scheduler, interval: :timer.hours(24)}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
