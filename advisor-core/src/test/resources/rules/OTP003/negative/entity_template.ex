defmodule MyApp.Entities do
  @moduledoc """
  `use MyApp.Entities` generates a per-entity Agent. The generated code lives
  inside `quote`: this file defines no process module.
  """

  defmacro __using__(opts) do
    registry = Keyword.fetch!(opts, :registry)
    supervisor = Keyword.fetch!(opts, :supervisor)

    quote do
      use Agent

      def start_link(id), do: Agent.start_link(fn -> %{} end, name: {:via, Registry, {unquote(registry), id}})

      def open(id), do: DynamicSupervisor.start_child(unquote(supervisor), {__MODULE__, id})

      def get(id, key), do: Agent.get({:via, Registry, {unquote(registry), id}}, &Map.get(&1, key))
    end
  end
end
