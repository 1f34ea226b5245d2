defmodule Hostile.MixProject do
  use Mix.Project

  def project, do: [app: :"hostile<b>|`x`", version: "0.1.0"]
end
