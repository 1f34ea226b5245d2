defmodule MyAppWeb.EntityChannel do
  @moduledoc """
  `use MyAppWeb.EntityChannel, entity: Mod, supervisor: Sup` generates a join
  that starts the entity. The start_child is quoted code: this file itself
  starts nothing from a request path.
  """

  defmacro __using__(opts) do
    entity = Keyword.fetch!(opts, :entity)
    supervisor = Keyword.fetch!(opts, :supervisor)

    quote do
      use Phoenix.Channel

      def join(_topic, %{"id" => id}, socket) do
        case DynamicSupervisor.start_child(unquote(supervisor), {unquote(entity), id}) do
          {:ok, pid} -> {:ok, assign(socket, :entity, pid)}
          {:error, {:already_started, pid}} -> {:ok, assign(socket, :entity, pid)}
        end
      end
    end
  end
end
