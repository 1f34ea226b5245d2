defmodule Inventory.ReportJob do
  @moduledoc "Builds the nightly stock report once and exits."
  use Task

  def start_link(day), do: Task.start_link(__MODULE__, :run, [day])

  def run(day), do: IO.puts("report for #{day}")
end
