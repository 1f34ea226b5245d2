defmodule MyApp.Webhooks.Dispatcher do
  @moduledoc """
  A Task that never finishes: it loops on receive and keeps retry state.
  That is a GenServer written by hand, without call/cast, sys or hibernation.
  """
  use Task, restart: :permanent # expect: OTP006

  def start_link(_opts), do: Task.start_link(__MODULE__, :run, [])

  def enqueue(url, payload), do: send(__MODULE__, {:enqueue, url, payload})

  def run do
    Process.register(self(), __MODULE__)
    loop(%{})
  end

  defp loop(retries) do
    receive do
      {:enqueue, url, payload} ->
        case MyApp.Http.post(url, payload) do
          :ok -> loop(retries)
          {:error, _} -> loop(Map.update(retries, {url, payload}, 1, &(&1 + 1)))
        end
    after
      10_000 -> loop(retry_all(retries))
    end
  end

  defp retry_all(retries), do: Map.reject(retries, fn {{url, p}, _n} -> MyApp.Http.post(url, p) == :ok end)
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Webhooks.Dispatcher]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
