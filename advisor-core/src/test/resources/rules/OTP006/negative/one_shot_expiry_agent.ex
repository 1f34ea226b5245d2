defmodule Bolt.Deduplicator do
  @moduledoc """
  bolt's USW.Deduplicator: each entry is removed once by :timer.apply_after, which calls remove/2 from the :timer
  server. No message reaches the Agent, and after a restart the pending call removes from the new Agent: an Agent
  is enough.
  """
  use Agent

  def start_link(options), do: Agent.start_link(fn -> MapSet.new() end, options)

  def add(deduplicator \\ __MODULE__, user_id, expire_after) do
    Agent.update(deduplicator, fn users -> MapSet.put(users, user_id) end)
    {:ok, _ref} = :timer.apply_after(expire_after, __MODULE__, :remove, [deduplicator, user_id])
  end

  def remove(deduplicator \\ __MODULE__, user_id) do
    Agent.update(deduplicator, fn users -> MapSet.delete(users, user_id) end)
  end

  def contains?(deduplicator \\ __MODULE__, user_id) do
    Agent.get(deduplicator, fn users -> MapSet.member?(users, user_id) end)
  end
end

defmodule Bolt.Application do
  use Application

  def start(_type, _args) do
    children = [{Bolt.Deduplicator, name: Bolt.Deduplicator}]
    Supervisor.start_link(children, strategy: :one_for_one, name: Bolt.Supervisor)
  end
end
