defmodule Tools.ReleaseNotes do
  @moduledoc "Elixir outside any Maven module: the aggregator analyzes it."

  def title(version), do: "Release " <> version
end
