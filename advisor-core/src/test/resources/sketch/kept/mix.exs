defmodule Kept.MixProject do
  use Mix.Project

  def project, do: [app: :kept, version: "0.1.0"]

  def application, do: [mod: {Kept.Application, []}]
end
