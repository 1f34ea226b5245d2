package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.facts.ModuleFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rewrite keeps what the module is (issue 11, RULEBOOK §5): today's aliases, requires, imports, uses and attributes;
 * every function it does not show, named; a process started without a name stays unnamed; today's clients keep
 * their heads, their way to the process and what they return; calls other modules make to the process directly are
 * named with their file:line. Each case is checked by the audit's own checks ({@link ModuleKept}) too.
 */
class KeptModuleSketchTest {
    @TempDir
    Path root;

    /** Credo's ExecutionIssues, cut down: the pid lives in the caller's struct, one process per execution. */
    private static final String ISSUES = """
            defmodule Shop.Execution.Issues do
              use GenServer

              alias Shop.Execution
              alias Shop.Issue
              require Logger
              @behaviour Shop.Store
              @default_size 2_000

              def start_server(exec) do
                {:ok, pid} = GenServer.start_link(__MODULE__, [])
                Execution.put_private(exec, :issues_pid, pid)
              end

              def append(%Execution{} = exec, %Issue{} = issue) do
                pid = Execution.get_private(exec, :issues_pid)
                GenServer.call(pid, {:append, issue.filename, issue})
              end

              def fetch(%Execution{} = exec, filename) do
                pid = Execution.get_private(exec, :issues_pid)
                {:ok, GenServer.call(pid, {:get, filename})}
              end

              def to_map(%Execution{} = exec) do
                pid = Execution.get_private(exec, :issues_pid)
                GenServer.call(pid, :to_map)
              end

              def summary(issues), do: Logger.info("#{length(issues)} of #{@default_size}")

              def init(_), do: {:ok, %{}}

              def handle_call({:append, filename, issue_or_list}, _from, state) do
                list = List.wrap(issue_or_list) ++ List.wrap(state[filename])
                {:reply, list, Map.put(state, filename, list)}
              end

              def handle_call({:get, filename}, _from, state) do
                {:reply, List.wrap(state[filename]), state}
              end

              def handle_call(:to_map, _from, state), do: {:reply, state, state}
            end
            """;

    private String agentSketch(AnalysisResult r, String module) {
        Assessment a = r.assessments().of(module).orElseThrow().withDecision(
                new Decision(true, Pattern.AGENT, Placement.STATIC_CHILD, null, "test"));
        return ElixirSketches.implementation(SketchInput.of(a, r.project()));
    }

    private static ModuleFacts facts(AnalysisResult r, String module) {
        return r.assessments().of(module).orElseThrow().module().facts();
    }

    @Test
    void anAgentRewriteKeepsTheModuleAroundWhatItRewrites() throws Exception {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/execution/issues.ex", ISSUES));
        String impl = agentSketch(r, "Shop.Execution.Issues");
        // Today's header, as written.
        for (String line : List.of("  alias Shop.Execution\n", "  alias Shop.Issue\n", "  require Logger\n",
                "  @behaviour Shop.Store\n", "  @default_size 2_000\n")) {
            assertTrue(impl.contains(line), line + "\n" + impl);
        }
        // Unnamed today: unnamed in the sketch, and the clients keep the pid they find in the struct.
        assertFalse(impl.contains("name: __MODULE__"), impl);
        assertTrue(impl.contains("Agent.start_link(fn -> %{} end)\n"), impl);
        assertTrue(impl.contains("  def append(%Execution{} = exec, %Issue{} = issue) do\n"
                + "    pid = Execution.get_private(exec, :issues_pid)\n"
                + "    Agent.get_and_update(pid, fn state ->\n"
                + "      filename = issue.filename\n"
                + "      issue_or_list = issue\n"), impl);
        // What the client wrapped the reply in stays.
        assertTrue(impl.contains("{:ok, Agent.get(pid, fn state -> List.wrap(state[filename]) end)}"), impl);
        assertTrue(impl.contains("Agent.get(pid, fn state -> state end)"), impl);
        // What it does not rewrite is named, never dropped.
        // It starts a GenServer today: the sketch says it changes, not that it stays.
        assertTrue(impl.contains("# To change: def start_server/1 starts today's process itself (GenServer.start*)"), impl);
        assertTrue(impl.contains("summary/1"), impl);
        Path file = root.resolve("lib/shop/execution/issues.ex");
        assertEquals(List.of(), ModuleKept.lost(facts(r, "Shop.Execution.Issues"), impl,
                ModuleKept.moduleText(Files.readString(file), "Shop.Execution.Issues")));
    }

    @Test
    void theAgentRewriteParsesAsElixir() throws Exception {
        assumeTrue(ElixirRunner.available(), "elixir is not on PATH; skipped");
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/execution/issues.ex", ISSUES));
        Path dir = Files.createDirectories(root.resolve("elixir"));
        var verdicts = ElixirRunner.check(dir, List.of(agentSketch(r, "Shop.Execution.Issues")));
        assertTrue(verdicts.get(0).parsed(), verdicts.get(0).parseError());
    }

    /**
     * lambda's Store.Db: put/get reach the process through a private helper ({@code defp ref/0} calls :get_ref).
     * The table sketch's process answers no such call: they are still to move, never "unchanged".
     */
    @Test
    void functionsThatCallTheProcessThroughAPrivateHelperAreNotUnchanged() throws Exception {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/db.ex", """
                defmodule Shop.Db do
                  use GenServer

                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

                  def put(key, value), do: Exleveldb.put(ref(), key, value)

                  def get(key), do: Exleveldb.get(ref(), key)

                  def init(opts) do
                    {:ok, ref} = Exleveldb.open(opts[:dir], create_if_missing: true)
                    {:ok, %{ref: ref}}
                  end

                  def terminate(_reason, %{ref: ref}), do: Exleveldb.close(ref)

                  def handle_call(:get_ref, _from, %{ref: ref} = state), do: {:reply, ref, state}

                  defp ref, do: GenServer.call(__MODULE__, :get_ref)
                end
                """));
        Assessment a = r.assessments().of("Shop.Db").orElseThrow().withDecision(
                new Decision(true, Pattern.ETS, Placement.STATIC_CHILD, null, "test"));
        String impl = ElixirSketches.implementation(SketchInput.of(a, r.project()));
        assertTrue(impl.contains("# Still to move: put/2, get/1 message the process through defp ref/0, which the"), impl);
        assertTrue(impl.contains("every call of put/2, get/1 fails once this is applied"), impl);
        assertFalse(impl.contains("Unchanged: put/2"), impl);
        assertFalse(impl.replaceAll("\\s+", " ").matches("(?s).*Unchanged: [^.]*defp ref/0.*"), impl);
        // terminate/2 follows the owner's state, the table, rather than staying a comment
        assertTrue(impl.contains("  @impl true\n  def terminate(_reason, table) do\n"
                + "    [{:ref, ref}] = :ets.lookup(table, :ref)\n    Exleveldb.close(ref)\n  end"), impl);
        assertTrue(Messages.parses(impl), impl);
    }

    @Test
    void callsOtherModulesMakeToTheProcessAreNamed() throws Exception {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/cache.ex", """
                defmodule Shop.Cache do
                  def child_spec(opts) do
                    name = Keyword.fetch!(opts, :name)
                    %{id: name, start: {Shop.Cache.Server, :start_link, [[name: via(name)]]}}
                  end

                  def put(cache, key), do: GenServer.cast(via(cache), {:put, key})

                  def exists?(cache, key), do: {:ok, GenServer.call(via(cache), {:exists?, key})}

                  defp via(name), do: {:via, Horde.Registry, {Shop.Cache.Registry, name}}
                end
                """, "lib/shop/cache/server.ex", """
                defmodule Shop.Cache.Server do
                  use GenServer

                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: Keyword.fetch!(opts, :name))

                  def init(_opts), do: {:ok, MapSet.new()}

                  def handle_cast({:put, key}, state), do: {:noreply, MapSet.put(state, key)}

                  def handle_call({:exists?, key}, _from, state), do: {:reply, MapSet.member?(state, key), state}
                end
                """));
        String impl = agentSketch(r, "Shop.Cache.Server");
        assertTrue(impl.contains("lib/shop/cache.ex:7: GenServer.cast {:put, key} in Shop.Cache.put/2"), impl);
        assertTrue(impl.contains("lib/shop/cache.ex:9: GenServer.call {:exists?, key} in"), impl);
    }

    @Test
    void aFunctionTheSketchNeitherShowsNorNamesIsCountedByTheAudit() throws Exception {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/execution/issues.ex", ISSUES));
        ModuleFacts today = facts(r, "Shop.Execution.Issues");
        String source = ModuleKept.moduleText(ISSUES, "Shop.Execution.Issues");
        // The template the readers rated 1: a named singleton, new client heads, no header, functions gone.
        String template = String.join("\n",
                "defmodule Shop.Execution.Issues do",
                "  use Agent",
                "",
                "  def start_link(_opts) do",
                "    Agent.start_link(fn -> %{} end, name: __MODULE__)",
                "  end",
                "",
                "  def append(filename, issue) do",
                "    Agent.get_and_update(__MODULE__, fn state -> {[issue], Map.put(state, filename, [issue])} end)",
                "  end",
                "",
                "  def fetch(server, filename) do",
                "    Agent.get(server, &List.wrap(&1[filename]))",
                "  end",
                "",
                "  def log(issues), do: Logger.info(\"#{length(issues)} of #{@default_size}\")",
                "end");
        List<String> lost = ModuleKept.lost(today, template, source);
        assertTrue(lost.contains("public\tstart_server/1"), lost.toString());
        assertTrue(lost.contains("public\tto_map/1"), lost.toString());
        assertTrue(lost.contains("public\tsummary/1"), lost.toString());
        assertTrue(lost.contains("header\trequire Logger"), lost.toString());
        assertTrue(lost.contains("header\t@behaviour Shop.Store"), lost.toString());
        assertTrue(lost.contains("header\t@default_size used, not defined"), lost.toString());
        assertTrue(lost.contains("singleton\tstarted without a name today, the sketch names it"), lost.toString());
        assertTrue(lost.contains("client\tfetch/2 returned {:ok, ...} today"), lost.toString());
        assertTrue(lost.contains("client\tappend/2 matched a struct or map in its parameters today"), lost.toString());
    }
}
