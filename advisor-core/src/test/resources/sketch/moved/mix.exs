defmodule Moved.MixProject do
  use Mix.Project

  def project, do: [app: :moved, version: "0.1.0"]

  def application, do: [mod: {Moved.Application, []}]
end
