defmodule MyApp.ReportBuilder do
  # Builds the monthly report in a supervised task, but the task ends when the report is built: the named
  # table it creates is deleted with it, and later lookups raise ArgumentError.
  def build_async(month) do
    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn ->
      :ets.new(:monthly_report, [:named_table, :public, read_concurrency: true]) # expect: OTP016
      for row <- MyApp.Reports.rows(month), do: :ets.insert(:monthly_report, row)
    end)
  end

  def lookup(key), do: :ets.lookup(:monthly_report, key)
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [{Task.Supervisor, name: MyApp.TaskSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
