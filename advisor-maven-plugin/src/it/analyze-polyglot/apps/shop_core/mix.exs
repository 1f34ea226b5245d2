defmodule ShopCore.MixProject do
  use Mix.Project

  def project, do: [app: :shop_core, version: "0.1.0", build_path: "../../_build", deps_path: "../../deps"]
end
