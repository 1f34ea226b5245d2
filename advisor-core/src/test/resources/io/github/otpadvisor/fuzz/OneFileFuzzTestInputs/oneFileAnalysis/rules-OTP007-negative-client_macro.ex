defmodule MyApp.Server do
  @moduledoc """
  `defcall name` generates a client function for a named server. The call to
  the named process is quoted code, expanded inside the server module itself.
  """

  defmacro defcall(name) do
    quote do
      def unquote(name)(args \\ []) do
        GenServer.call(__MODULE__, {unquote(name), args})
      end
    end
  end

  defmacro defcast(name, server) do
    quote do
      def unquote(name)(args \\ []), do: GenServer.cast(unquote(server), {unquote(name), args})
    end
  end
end
