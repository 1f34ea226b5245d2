defmodule MyApp.Reminders do
  @moduledoc "Hand-made timers: a process that sleeps and then sends a message."

  def remind_later(pid, reminder, delay_ms) do
    spawn(fn -> # expect: OTP005
      Process.sleep(delay_ms)
      send(pid, {:remind, reminder})
    end)

    :ok
  end

  def expire_later(session_pid, ttl_ms) do
    Task.start(fn -> # expect: OTP005
      :timer.sleep(ttl_ms)
      send(session_pid, :expire)
    end)
  end
end
