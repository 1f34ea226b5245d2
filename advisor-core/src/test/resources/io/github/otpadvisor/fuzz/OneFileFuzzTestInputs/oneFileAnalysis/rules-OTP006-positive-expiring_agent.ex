defmodule MyApp.Auth.OneTimeCodes do
  @moduledoc """
  Login codes that expire after five minutes. The expiry needs a timer, which
  an Agent does not have, so a second process (the :timer server) pokes it.
  """
  use Agent # expect: OTP006

  @ttl_ms :timer.minutes(5)

  def start_link(_opts) do
    with {:ok, pid} <- Agent.start_link(fn -> %{} end, name: __MODULE__) do
      {:ok, _tref} = :timer.apply_interval(:timer.minutes(1), __MODULE__, :prune, [])
      {:ok, pid}
    end
  end

  def issue(email, code) do
    Agent.update(__MODULE__, &Map.put(&1, email, {code, System.monotonic_time(:millisecond)}))
  end

  def prune do
    now = System.monotonic_time(:millisecond)
    Agent.update(__MODULE__, fn codes -> Map.reject(codes, fn {_e, {_c, at}} -> now - at > @ttl_ms end) end)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Auth.OneTimeCodes]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
