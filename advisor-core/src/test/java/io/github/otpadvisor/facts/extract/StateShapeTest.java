package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otpadvisor.facts.Closure;
import io.github.otpadvisor.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateShapeTest {
    private static Closure.ValueUse stateUse(String source) {
        FileFacts f = FileFactsExtractor.extractSource("lib/s.ex", null, source);
        return f.startSites().get(0).closure().largeValues().get(0);
    }

    @Test
    void defstructGivesTheStateShape() {
        Closure.ValueUse v = stateUse("""
                defmodule S do
                  use GenServer
                  defstruct [:source, other: nil, log: []]
                  def handle_info(:go, state) do
                    Task.start(fn -> state.source.fetch() end)
                    {:noreply, %{state | log: [:go | state.log]}}
                  end
                end
                """);
        assertEquals(List.of("source", "other", "log"), v.shape());
        assertEquals(List.of("log"), v.growing(), "[x | state.log] grows the log");
        assertEquals(List.of("source"), v.fields());
    }

    @Test
    void initMapLiteralGivesTheShapeThroughAVariable() {
        Closure.ValueUse v = stateUse("""
                defmodule S do
                  use GenServer
                  def init(opts) do
                    state = %{listen: opts[:listen], clients: %{}}
                    {:ok, state}
                  end
                  def handle_info(:accept, state) do
                    spawn(fn -> :gen_tcp.accept(state.listen) end)
                    {:noreply, %{state | clients: Map.put(state.clients, 1, 2)}}
                  end
                end
                """);
        assertEquals(List.of("listen", "clients"), v.shape());
        assertEquals(List.of("clients"), v.growing());
    }

    @Test
    void anotherModulesStructHasNoKnownShape() {
        Closure.ValueUse v = stateUse("""
                defmodule S do
                  defstruct [:a]
                  def run(%Other{} = user), do: Task.start(fn -> IO.puts(user.name) end)
                end
                """);
        assertEquals(List.of(), v.shape());
    }
}
