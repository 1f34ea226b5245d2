import Config

config :shop, Shop.Repo,
  username: "postgres",
  password: System.get_env("DB_PASSWORD", "postgres"),
  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

config :shop, :rate_limit, limit: 100, interval: :timer.seconds(60)

config :logger, :console,
  format: "$time $metadata[$level] $message\n",
  metadata: [:request_id]

if config_env() == :prod do
  config :shop, ShopWeb.Endpoint, server: true
end

import_config "#{config_env()}.exs"
