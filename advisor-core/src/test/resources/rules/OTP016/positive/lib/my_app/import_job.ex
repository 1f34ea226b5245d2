defmodule MyApp.ImportJob do
  use Oban.Worker, queue: :imports

  # The job runs in a process Oban starts for it: the table is gone as soon as perform/1 returns.
  @impl Oban.Worker
  def perform(%Oban.Job{args: %{"path" => path}}) do
    :ets.new(:import_seen, [:named_table, :public]) # expect: OTP016
    path |> File.stream!() |> Enum.each(&:ets.insert(:import_seen, {&1}))
    :ok
  end
end
