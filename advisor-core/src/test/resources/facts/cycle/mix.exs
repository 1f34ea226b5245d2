defmodule Cycle.MixProject do
  use Mix.Project
  def project, do: [app: :cycle, version: "0.1.0"]
end
