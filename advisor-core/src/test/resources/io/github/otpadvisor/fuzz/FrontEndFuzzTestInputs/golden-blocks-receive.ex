defmodule Blocks.Receive do
  def loop(state) do
    receive do
      {:put, key, value} ->
        loop(Map.put(state, key, value))

      {:get, key, from} when is_pid(from) ->
        send(from, {:value, Map.get(state, key)})
        loop(state)

      :stop ->
        :ok
    after
      5_000 ->
        loop(state)
    end
  end

  def flush do
    receive do
      _ -> flush()
    after
      0 -> :ok
    end
  end

  def wait_only(timeout) do
    receive do
    after
      timeout -> :timeout
    end
  end

  def wait_ref(ref) do
    receive do
      {^ref, reply} -> reply
      {:DOWN, ^ref, :process, _pid, reason} -> exit(reason)
    after
      :infinity -> :never
    end
  end

  def empty_receive do
    receive do
    end
  end
end
