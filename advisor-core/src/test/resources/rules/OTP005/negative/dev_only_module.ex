if Mix.env() != :prod do
  defmodule MyApp.Havoc do
    @moduledoc "Fault injection for development: compiled only outside :prod, never a production process."

    def wreak(slot_id) do
      Task.async(fn -> MyApp.Chaos.kill_random(slot_id) end)
      :ok
    end
  end
end
