defmodule Shop.Settings do
  use Agent

  def start_link(initial) when is_map(initial) do
    Agent.start_link(fn -> initial end, name: __MODULE__)
  end

  def get(key, default \\ nil), do: Agent.get(__MODULE__, &Map.get(&1, key, default))
  def put(key, value), do: Agent.update(__MODULE__, &Map.put(&1, key, value))

  def get_and_bump(key) do
    Agent.get_and_update(__MODULE__, fn state ->
      Map.get_and_update(state, key, fn
        nil -> {0, 1}
        n -> {n, n + 1}
      end)
    end)
  end
end

defmodule Shop.Fetcher do
  require Logger

  def fetch_all(urls, timeout \\ 5_000) do
    urls
    |> Enum.map(&Task.async(fn -> fetch(&1) end))
    |> Task.await_many(timeout)
  end

  def fetch_stream(urls) do
    Shop.TaskSupervisor
    |> Task.Supervisor.async_stream_nolink(urls, &fetch/1, max_concurrency: 8, ordered: false)
    |> Enum.flat_map(fn
      {:ok, {:ok, body}} -> [body]
      {:ok, {:error, _}} -> []
      {:exit, reason} ->
        Logger.warning("fetch crashed: #{inspect(reason)}")
        []
    end)
  end

  def fire_and_forget(event) do
    Task.start(fn -> Logger.info("event #{inspect(event)}") end)
    Task.Supervisor.start_child(Shop.TaskSupervisor, __MODULE__, :fetch, [event], restart: :transient)
  end

  def raw_spawn(parent) do
    pid = spawn_link(fn -> send(parent, {:done, self()}) end)
    ref = Process.monitor(pid)
    {pid, ref}
  end

  def fetch(url), do: {:ok, url}
end
