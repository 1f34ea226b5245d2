defmodule Bypass.MixProject do
  use Mix.Project

  def project, do: [app: :bypass, version: "0.1.0"]

  def application, do: [mod: {Bypass.Application, []}]
end
