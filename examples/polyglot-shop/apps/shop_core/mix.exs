defmodule ShopCore.MixProject do
  use Mix.Project

  def project do
    [app: :shop_core, version: "0.1.0", elixir: "~> 1.14", build_path: "../../_build", deps: []]
  end

  def application do
    [mod: {ShopCore.Application, []}, extra_applications: [:logger]]
  end
end
