package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.facts.ApiFunction;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads that bypass the process stay in the callers (issue 11): a GenServer's public functions that read or write
 * ETS, :atomics, :counters or :persistent_term directly are facts with their code, and every sketch that rewrites
 * the module keeps them as written, never as a call to the process, never dropped. Client functions of a kept
 * GenServer come from today's functions, only the addressing changed. The fixture {@code sketch/bypass} mirrors
 * realtime's GenCounter (an ETS counter table), a :persistent_term settings server, an :atomics counter and a
 * rate limiter.
 */
class BypassSketchTest {
    private static ProjectFacts project() {
        return SketchCases.project(SketchCases.resource("/sketch/bypass"));
    }

    private static ModuleFacts facts(String module) {
        return project().modules().get(module);
    }

    private static Map<String, ApiFunction> api(String module) {
        return facts(module).api().stream().collect(Collectors.toMap(ApiFunction::key, f -> f));
    }

    private static String as(String module, Pattern p, Placement place) {
        ProjectFacts project = project();
        var a = Assessor.assess(project).of(module).orElseThrow();
        SketchInput in = SketchInput.of(a.withDecision(new Decision(true, p, place, null, "test")), project);
        return ElixirSketches.implementation(in);
    }

    @Test
    void factsTellReadsWritesAndMessagesApartWithTheCodeAsWritten() {
        Map<String, ApiFunction> counter = api("Bypass.Counter");
        assertEquals(List.of("add/1", "add/2", "get/1", "known?/1", "reset_all/0"), List.copyOf(counter.keySet().stream()
                .sorted().toList()));
        ApiFunction add = counter.get("add/2");
        assertTrue(add.bypass() && add.writes() && !add.reads(), add.toString());
        ApiFunction get = counter.get("get/1");
        assertTrue(get.bypass() && get.reads() && !get.writes(), get.toString());
        assertEquals("def get(term)", get.clauses().get(0).head());
        assertEquals("case :ets.lookup(@table, term) do\n  [{^term, value}] -> value\n  [] -> 0\nend",
                get.clauses().get(0).body());
        // through add/2, a public function of its own
        assertTrue(counter.get("add/1").bypass() && counter.get("add/1").writes());
        // through its private helper lookup/1
        assertTrue(counter.get("known?/1").bypass() && counter.get("known?/1").reads());
        assertFalse(counter.get("reset_all/0").bypass());
        assertTrue(counter.get("reset_all/0").messages());
        // :persistent_term, with a default argument
        assertTrue(api("Bypass.Settings").get("get/2").bypass());
        assertEquals("def get(key, default \\\\ nil)", api("Bypass.Settings").get("get/2").clauses().get(0).head());
        assertFalse(api("Bypass.Settings").get("put/2").bypass());
        // :atomics behind a :persistent_term ref
        assertTrue(api("Bypass.Stats").get("bump/0").writes() && api("Bypass.Stats").get("bump/0").bypass());
        assertTrue(api("Bypass.Stats").get("count/0").reads() && api("Bypass.Stats").get("count/0").bypass());
        // a read that asks the process on a miss is a client function, not a bypass
        ApiFunction hits = api("Bypass.Limiter").get("hits/1");
        assertTrue(hits.reads() && hits.messages() && !hits.bypass(), hits.toString());
        assertTrue(api("Bypass.Limiter").get("allow?/1").bypass());
        // a head that declares a default, then two clauses: all three kept
        ApiFunction remaining = api("Bypass.Limiter").get("remaining/2");
        assertTrue(remaining.bypass() && remaining.written(), remaining.toString());
        assertEquals("def remaining(key, limit \\\\ @limit)", remaining.clauses().get(0).head());
        assertEquals(null, remaining.clauses().get(0).body());
        assertEquals("def remaining(_key, :infinity)", remaining.clauses().get(2).head());
        // plain modules keep no such facts
        assertTrue(facts("Bypass.Application").api().isEmpty());
    }

    @Test
    void everyRewriteKeepsTheReadsAsWrittenWithWhy() {
        String get = "  def get(term) do\n    case :ets.lookup(@table, term) do\n      [{^term, value}] -> value\n"
                + "      [] -> 0\n    end\n  end";
        for (Pattern p : List.of(Pattern.GENSERVER, Pattern.ETS, Pattern.AGENT, Pattern.FUNCTIONS, Pattern.TASK)) {
            for (Placement place : List.of(Placement.STATIC_CHILD, Placement.DYNAMIC_SUPERVISOR_REGISTRY)) {
                if (p == Pattern.GENSERVER && place == Placement.STATIC_CHILD) {
                    continue; // its pattern and placement today: it fits, nothing is rewritten
                }
                String s = as("Bypass.Counter", p, place);
                String label = p + "/" + place + "\n" + s;
                assertTrue(s.contains(get), label);
                assertTrue(s.contains("  def add(term, count) do\n"
                        + "    :ets.update_counter(@table, term, count, {term, 0})\n  end"), label);
                assertTrue(s.contains("  def known?(term) do\n    lookup(term) != []\n  end"), label);
                assertTrue(s.contains("  def add(term) do\n    add(term, 1)\n  end"), label);
                assertTrue(s.contains("# Kept as written: reads and writes go straight to the table, not through"),
                        label);
                assertTrue(s.contains("lookup/1"), label); // named as staying
                assertEquals(1, s.split("def get\\(", -1).length - 1, label);
                assertFalse(s.contains("def get(id"), label);
                assertEquals(List.of(), SketchAudit.dropped(facts("Bypass.Counter"), s), label);
            }
        }
    }

    @Test
    void atomicsAndPersistentTermReadsStayToo() {
        String s = as("Bypass.Stats", Pattern.GENSERVER, Placement.DYNAMIC_SUPERVISOR_REGISTRY);
        assertTrue(s.contains("  def count do\n    :atomics.get(ref(), 1)\n  end"), s);
        assertTrue(s.contains("  def bump do\n    :atomics.add(ref(), 1, 1)\n  end"), s);
        assertTrue(s.contains("go straight to :atomics, not through the process"), s);
        String settings = as("Bypass.Settings", Pattern.AGENT, Placement.STATIC_CHILD);
        assertTrue(settings.contains("  def get(key, default \\\\ nil) do\n"
                + "    Map.get(:persistent_term.get({__MODULE__, :settings}, %{}), key, default)\n  end"), settings);
        assertFalse(settings.contains("Agent.get(__MODULE__, &Map.get(&1, key"), settings);
    }

    @Test
    void aFunctionWithADefaultsHeadIsKeptWholeAndFormatted() {
        String s = as("Bypass.Limiter", Pattern.AGENT, Placement.STATIC_CHILD);
        assertTrue(s.contains("  def remaining(key, limit \\\\ @limit)\n\n"
                + "  def remaining(key, limit) when is_integer(limit) do\n"
                + "    case :ets.lookup(@table, key) do\n"), s);
        assertTrue(s.contains("  def remaining(_key, :infinity) do\n    :infinity\n  end"), s);
        assertTrue(s.contains("@limit"), s);
    }

    @Test
    void aSingletonMadePerEntityKeepsTodaysClientWithTheIdInFront() {
        String s = as("Bypass.Settings", Pattern.GENSERVER, Placement.DYNAMIC_SUPERVISOR_REGISTRY);
        assertTrue(s.contains("  def put(id, key, value) do\n    {:ok, pid} = get_or_start(id)\n"
                + "    GenServer.call(pid, {:put, key, value})\n  end"), s);
        // the read still goes to :persistent_term, with today's parameters
        assertTrue(s.contains("  def get(key, default \\\\ nil) do"), s);
        assertFalse(s.contains("def get(id"), s);
    }

    @Test
    void theAuditCountsAReadMovedIntoACallAndADroppedOne() {
        ModuleFacts counter = facts("Bypass.Counter");
        String moved = "defmodule Bypass.Counter do\n  def get(term) do\n    GenServer.call(__MODULE__, {:get, term})\n"
                + "  end\nend";
        List<String> lost = SketchAudit.dropped(counter, moved);
        assertTrue(lost.contains("bypass\tget/1 moved into a call"), lost.toString());
        assertTrue(lost.contains("bypass\tadd/2 dropped"), lost.toString());
        assertNotNull(SketchAudit.bypassLost(counter.api().get(0), "# nothing here"));
        // a call of another arity is another function
        assertEquals(null, SketchAudit.bypassLost(api("Bypass.Counter").get("add/2"), "def add(term) do\n"
                + "  GenServer.call(__MODULE__, {:add, term})\nend\n# add/2 named"));
        assertTrue(SketchAudit.accepts("(key, default \\\\ nil) do", 1));
        assertFalse(SketchAudit.accepts("(key, value) do", 1));
        assertTrue(SketchAudit.accepts(" do", 0));
        assertEquals(null, SketchAudit.bypassLost(api("Bypass.Counter").get("add/2"),
                "# Unchanged: add/2 (they read the table directly)"));
    }
}
