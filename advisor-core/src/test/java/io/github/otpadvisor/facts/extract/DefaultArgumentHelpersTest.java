package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.Signal;
import org.junit.jupiter.api.Test;

/**
 * A handler's effects include those of the local helpers it calls, also one it calls with fewer arguments than it
 * is defined with, its defaults filling the rest (cryptozaur's drivers: {@code get(path)} runs {@code defp get(path,
 * params \\ [], headers \\ [], options \\ [])}, whose HTTP request the readers found "no external I/O" had missed).
 */
class DefaultArgumentHelpersTest {
    @Test
    void aHelperCalledThroughItsDefaultsIsFollowed() {
        FileFacts f = FileFactsExtractor.extractSource("lib/d.ex", null, """
                defmodule D do
                  use GenServer
                  def init(s), do: {:ok, s}
                  def handle_call(:ticker, _from, state), do: {:reply, get("/ticker"), state}
                  defp get(path, params \\\\ [], options \\\\ []), do: request(path, params ++ options)
                  defp request(path, options), do: HTTPoison.get(path, [], options)
                end
                """);
        ClauseSummary call = f.modules().get(0).clauses("handle_call").get(0);
        assertTrue(call.effects().stream().anyMatch(s -> s.kind() == Signal.Kind.HTTP), call.effects().toString());
    }
}
