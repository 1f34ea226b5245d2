package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * The module's call graph (call paths, boot and request reach) takes the same way: {@code fetch(url)} reaches
     * {@code fetch/3}, whose two defaults fill it, although {@code fetch/0} shares the name (with one arity only, the
     * name alone had told it).
     */
    @Test
    void theCallGraphFollowsDefaultsAlsoWhenTheNameHasOtherArities() {
        FileFacts f = FileFactsExtractor.extractSource("lib/e.ex", null, """
                defmodule E do
                  def run(url), do: fetch(url)
                  def both(url), do: fetch(url, [])
                  def fetch, do: fetch("/")
                  defp fetch(url, headers \\\\ [], opts \\\\ []), do: {url, headers, opts}
                end
                """);
        var fns = f.modules().get(0).functions();
        assertEquals(java.util.Set.of("fetch/3"), fns.stream().filter(fn -> fn.key().equals("run/1")).findFirst()
                .orElseThrow().localCalls());
        assertEquals(java.util.Set.of("fetch/3"), fns.stream().filter(fn -> fn.key().equals("both/1")).findFirst()
                .orElseThrow().localCalls());
        assertEquals(java.util.Set.of("fetch/3"), fns.stream().filter(fn -> fn.key().equals("fetch/0")).findFirst()
                .orElseThrow().localCalls());
    }

    /** Defaults a bodiless head declares count for the clauses written after it without them. */
    @Test
    void defaultsOfABodilessHeadCount() {
        FileFacts f = FileFactsExtractor.extractSource("lib/h.ex", null, """
                defmodule H do
                  def run(url), do: fetch(url)
                  def fetch, do: fetch("/")
                  defp fetch(url, opts \\\\ [])
                  defp fetch(url, []), do: url
                  defp fetch(url, opts), do: {url, opts}
                end
                """);
        var fns = f.modules().get(0).functions();
        assertEquals(java.util.Set.of("fetch/2"), fns.stream().filter(fn -> fn.key().equals("run/1")).findFirst()
                .orElseThrow().localCalls());
    }
}
