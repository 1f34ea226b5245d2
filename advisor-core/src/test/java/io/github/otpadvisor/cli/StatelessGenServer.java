package io.github.otpadvisor.cli;

/** Elixir source of a GenServer with no runtime reason to be a process: each copy gets OTP001 and OTP002. */
final class StatelessGenServer {
    private static final String SOURCE = """
            defmodule %s do
              use GenServer

              def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
              def total(lines), do: GenServer.call(__MODULE__, {:total, lines})

              @impl true
              def init(:ok), do: {:ok, nil}

              @impl true
              def handle_call({:total, lines}, _from, state) do
                {:reply, Enum.sum(lines), state}
              end
            end
            """;

    private StatelessGenServer() {
    }

    /** The module named {@code name} as written after {@code defmodule} (an alias, or a quoted atom). */
    static String named(String name) {
        return SOURCE.formatted(name);
    }
}
