defmodule Placed.MixProject do
  use Mix.Project

  def project, do: [app: :placed, version: "0.1.0"]

  def application, do: [mod: {Placed.Application, []}]
end
