defmodule Hostile.MixProject do
  use Mix.Project

  def project, do: [app: :hostile, version: "0.1.0"]
end
