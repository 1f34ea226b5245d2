defmodule Shop.Workers.Reporter do
  use Task, restart: :transient

  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])

  def run(_arg) do
    IO.puts("report done")
  end
end
