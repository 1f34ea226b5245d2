defmodule Moved.Attrs do
  @moduledoc "Runtime constants in an Agent."
  use Agent

  def start_link(_opts) do
    Agent.start_link(fn -> %{} end, name: __MODULE__)
  end

  def integration_url do
    link =
      Agent.get(__MODULE__, &Map.get(&1, :public_link)) ||
        "#{Application.fetch_env!(:moved, :root)}/apps/moved"

    "#{link}/installations/new"
  end

  def set_public_link(link) do
    Agent.update(__MODULE__, &Map.put(&1, :public_link, link))
  end
end
