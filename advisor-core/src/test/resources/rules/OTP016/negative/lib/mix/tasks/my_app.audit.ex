defmodule Mix.Tasks.MyApp.Audit do
  use Mix.Task

  @shortdoc "Counts duplicate emails"
  def run(_args) do
    Task.async(fn ->
      seen = :ets.new(:audit_seen, [:set])
      :ets.info(seen, :size)
    end)
    |> Task.await()
    |> IO.inspect(label: "rows")
  end
end
