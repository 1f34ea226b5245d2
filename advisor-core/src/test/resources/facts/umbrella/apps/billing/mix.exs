defmodule Billing.MixProject do
  use Mix.Project

  def project do
    [app: :billing, version: "0.1.0", build_path: "../../_build", deps: []]
  end

  def application do
    [mod: {Billing.Application, []}]
  end
end
