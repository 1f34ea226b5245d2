defmodule MyApp.Testing.EchoServer do
  @moduledoc """
  Generates an echo server for contract tests. The handler below is quoted code
  returned by a macro, not a process defined by this file.
  """

  defmacro defecho(name) do
    quote do
      defmodule unquote(name) do
        use GenServer

        def start_link(_opts), do: GenServer.start_link(__MODULE__, nil)

        @impl true
        def init(nil), do: {:ok, nil}

        @impl true
        def handle_call({:echo, payload}, _from, state), do: {:reply, String.upcase(payload), state}
      end
    end
  end
end
