defmodule MyApp.DevTools do
  @moduledoc "Dev/test-only helpers behind Mix.env() guards: reported as info only."

  @env Mix.env()

  if Mix.env() == :dev do
    def watch_assets do
      spawn(fn -> MyApp.Assets.watch() end) # expect: OTP005
    end
  end

  def seed_demo_data do
    unless Mix.env() == :prod do
      Task.start(fn -> MyApp.Demo.seed() end) # expect: OTP005
    end

    :ok
  end

  def profile(fun) do
    if @env in [:dev, :test] do
      spawn(fn -> MyApp.Profiler.run(fun) end) # expect: OTP005
    end
  end
end
