defmodule P.Dedup do
  # bolt's USW.Deduplicator: entries expire through a one-shot :timer.apply_after that calls remove/2 from the :timer
  # server. Nothing reaches the Agent as a message: an Agent fits.
  use Agent

  def start_link(options), do: Agent.start_link(fn -> MapSet.new() end, options)

  def add(dedup \\ __MODULE__, user_id, expire_after) do
    Agent.update(dedup, fn users ->
      {:ok, _ref} = :timer.apply_after(expire_after, __MODULE__, :remove, [dedup, user_id])
      MapSet.put(users, user_id)
    end)
  end

  def remove(dedup \\ __MODULE__, user_id), do: Agent.update(dedup, &MapSet.delete(&1, user_id))

  def contains?(dedup \\ __MODULE__, user_id), do: Agent.get(dedup, &MapSet.member?(&1, user_id))
end
