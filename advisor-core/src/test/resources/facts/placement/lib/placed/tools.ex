defmodule Placed.Tools do
  # started from ordinary code, outside any supervisor
  def boot, do: GenServer.start(Placed.Loose, 0, name: Placed.Loose)
end
