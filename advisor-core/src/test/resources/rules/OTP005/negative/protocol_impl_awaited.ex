defimpl MyApp.Storage, for: MyApp.S3 do
  @moduledoc "Copies keys in parallel and waits for every copy: the tasks are awaited through the pipe."

  def copy_all(store, keys) do
    keys
    |> Enum.map(fn key -> Task.async(fn -> MyApp.S3.Client.copy(store, key) end) end)
    |> Task.await_many(:infinity)
  end
end
