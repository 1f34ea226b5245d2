defmodule MyApp.Media.Thumbnails do
  @moduledoc "Generates thumbnails in parallel; async_stream links, bounds and collects its tasks."

  @sizes [64, 256, 1024]

  def generate(image_paths) do
    image_paths
    |> Task.async_stream(&resize_all/1, max_concurrency: System.schedulers_online(), timeout: 30_000)
    |> Enum.map(fn
      {:ok, result} -> result
      {:exit, reason} -> {:error, reason}
    end)
  end

  def generate_supervised(image_paths) do
    MyApp.TaskSupervisor
    |> Task.Supervisor.async_stream_nolink(image_paths, &resize_all/1, timeout: 30_000)
    |> Enum.to_list()
  end

  defp resize_all(path) do
    for size <- @sizes, do: MyApp.Media.Image.resize(path, size)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{Task.Supervisor, name: MyApp.TaskSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
