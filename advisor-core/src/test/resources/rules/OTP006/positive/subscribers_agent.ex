defmodule MyApp.Live.Subscribers do
  @moduledoc """
  Tracks which LiveView processes follow which topic, and monitors them so it
  can forget dead ones. But an Agent cannot handle the :DOWN messages that
  its own monitors deliver: they pile up unhandled in its mailbox.
  """
  use Agent # expect: OTP006

  def start_link(_opts), do: Agent.start_link(fn -> %{} end, name: __MODULE__)

  def follow(topic, pid) do
    Agent.update(__MODULE__, fn subs ->
      Process.monitor(pid)
      Map.update(subs, topic, MapSet.new([pid]), &MapSet.put(&1, pid))
    end)
  end

  def followers(topic), do: Agent.get(__MODULE__, &Map.get(&1, topic, MapSet.new()))
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Live.Subscribers]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
