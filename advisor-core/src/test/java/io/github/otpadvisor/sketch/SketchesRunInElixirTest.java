package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sketches are code, not pictures of code: each implementation compiles without warnings and its
 * test sketch passes against it, run by ExUnit (one Elixir VM for all; modules are purged between
 * cases). Supervisor shapes are left out: their children are other modules of the project; so are rewrites that
 * move today's code as written (handler bodies, Agent functions): that code calls the module's private helpers and
 * takes the domain's values, which a test sketch's sample arguments are not ({@link MovedLogicSketchTest} and
 * {@link SketchesAgainstElixirTest} check them). Skipped when
 * {@code elixir} is not on PATH.
 */
class SketchesRunInElixirTest {
    private static final String SCRIPT = String.join("\n",
            "ExUnit.start(autorun: false, formatters: [])",
            "Code.compiler_options(ignore_module_conflict: true)",
            "[dir] = System.argv()",
            "for case_dir <- Enum.sort(File.ls!(dir)), File.dir?(Path.join(dir, case_dir)) do",
            "  at = Path.join(dir, case_dir)",
            "  {result, warnings} =",
            "    try do",
            "      warnings = ExUnit.CaptureIO.capture_io(:stderr, fn ->",
            "        send(self(), {:mods, Code.compile_file(Path.join(at, \"impl.exs\"))",
            "          ++ Code.compile_file(Path.join(at, \"test.exs\"))})",
            "      end)",
            "      {ExUnit.run(), warnings}",
            "    rescue",
            "      e -> {%{failures: -1, error: Exception.message(e)}, \"\"}",
            "    end",
            "  receive do",
            "    {:mods, mods} -> Enum.each(mods, fn {m, _} -> :code.purge(m); :code.delete(m) end)",
            "  after",
            "    0 -> :ok",
            "  end",
            "  File.write!(Path.join(at, \"result.txt\"), \"#{result.failures}\\n\" <> Map.get(result, :error, \"\")",
            "    <> warnings)",
            "end");

    @TempDir
    Path dir;

    private static boolean movesTodayCode(TodayCode code) {
        return code.handlers().stream().anyMatch(h -> h.body() != null) || !code.agentCalls().isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachTestSketchPassesAgainstItsImplementation() throws Exception {
        assumeTrue(ElixirRunner.available(), "elixir is not on PATH; skipped");
        List<SketchCases.Case> cases = new ArrayList<>();
        for (SketchCases.Case c : SketchCases.all()) {
            SketchPlan.Shape shape = new SketchPlan(c.input()).shape;
            boolean runnable = shape != SketchPlan.Shape.SUPERVISOR && shape != SketchPlan.Shape.DYNAMIC_SUPERVISOR
                    && (c.name().contains(" as decided") || c.name().startsWith("feature ")
                    || c.name().startsWith("module with") || c.name().startsWith("counter")
                    || c.name().startsWith("hostile :<script>"))
                    && !c.input().code().fits()
                    && !movesTodayCode(c.input().code());
            if (runnable) {
                cases.add(c);
            }
        }
        for (int i = 0; i < cases.size(); i++) {
            Path at = Files.createDirectories(dir.resolve(String.format("%04d", i)));
            Files.writeString(at.resolve("impl.exs"), ElixirSketches.implementation(cases.get(i).input()),
                    StandardCharsets.UTF_8);
            Files.writeString(at.resolve("test.exs"), ElixirSketches.testSketch(cases.get(i).input()),
                    StandardCharsets.UTF_8);
        }
        Process p = new ProcessBuilder("elixir", "-e", SCRIPT, dir.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("elixir.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("elixir did not finish");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Path result = dir.resolve(String.format("%04d", i)).resolve("result.txt");
            String name = cases.get(i).name();
            tests.add(dynamicTest(cases.get(i).name(), () -> {
                String r = Files.exists(result) ? Files.readString(result, StandardCharsets.UTF_8)
                        : "no result\n" + Files.readString(dir.resolve("elixir.log"));
                assertEquals("0\n", r, "ExUnit failures, then errors and compiler warnings: " + name);
            }));
        }
        return tests.stream();
    }
}
