defmodule ChatApi.MixProject do
  use Mix.Project

  def project, do: [app: :chat_api, version: "0.1.0", build_path: "../../_build", deps_path: "../../deps"]

  def application, do: [mod: {ChatApi.Application, []}]
end
