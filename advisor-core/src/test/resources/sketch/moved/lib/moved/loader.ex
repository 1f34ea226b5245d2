defmodule Moved.Loader do
  @moduledoc "Serializes code loading through an Agent used as a lock."
  use Agent

  def start_link(_opts) do
    Agent.start_link(fn -> :no_state end, name: __MODULE__)
  end

  def run(id, data) do
    mod = ensure_loaded(id)
    mod.run(data)
  end

  defp ensure_loaded(id) do
    __MODULE__
    |> Agent.get_and_update(fn state ->
      try do
        recreate(id)
        {:ok, state}
      rescue
        e -> {{:error, e}, state}
      end
    end)
    |> case do
      :ok -> module_name(id)
      {:error, ex} -> raise ex
    end
  end

  defp recreate(id), do: Code.ensure_loaded(module_name(id))

  defp module_name(id), do: Module.concat(Moved.Generated, id)
end
