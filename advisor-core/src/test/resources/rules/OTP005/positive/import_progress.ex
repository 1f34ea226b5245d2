defmodule MyApp.Imports do
  @moduledoc "Runs a CSV import and tracks its progress in an Agent started on the fly."

  alias NimbleCSV.RFC4180, as: CSV

  def run(path) do
    {:ok, progress} = Agent.start_link(fn -> 0 end) # expect: OTP005

    path
    |> File.stream!()
    |> CSV.parse_stream()
    |> Stream.each(fn row ->
      MyApp.Imports.Row.insert!(row)
      Agent.update(progress, &(&1 + 1))
    end)
    |> Stream.run()

    Agent.get(progress, & &1)
  end

  def run_detached(path) do
    {:ok, pid} = GenServer.start(MyApp.Imports.Worker, path) # expect: OTP005
    {:ok, pid}
  end
end
