package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the eighth stop (issue 11): bolt, anoma and elixir-omg run their tests with {@code mix test --no-start}
 * (a {@code test:} alias in mix.exs), so nothing their applications start is running in a test; the sketches said
 * "the application starts it already: use the running one". With the alias the test starts it; without, it uses the
 * running one.
 */
class NoStartTestsTest {
    @TempDir
    Path root;

    private static final String SERVER = """
            defmodule Bot.Paginator do
              use GenServer
              def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
              def init(_opts), do: {:ok, %{pages: %{}}}
              def pages, do: GenServer.call(__MODULE__, :pages)
              def handle_call(:pages, _from, state), do: {:reply, state.pages, state}
            end
            """;

    private static final String APPLICATION = """
            defmodule Bot.Application do
              use Application
              def start(_type, _args), do: Supervisor.start_link([Bot.Paginator], strategy: :one_for_one)
            end
            """;

    private String testOf(String aliases) throws IOException {
        return testOf(aliases, "[mod: {Bot.Application, []}]");
    }

    private String testOf(String aliases, String application) throws IOException {
        Files.writeString(root.resolve("mix.exs"), """
                defmodule Bot.MixProject do
                  use Mix.Project
                  def project, do: [app: :bot, version: "0.1.0", aliases: aliases()]
                  def application, do: %s
                  defp aliases, do: %s
                end
                """.formatted(application, aliases));
        Files.createDirectories(root.resolve("lib/bot"));
        Files.writeString(root.resolve("lib/bot/paginator.ex"), SERVER);
        Files.writeString(root.resolve("lib/bot/application.ex"), APPLICATION);
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        return ShopProject.testSketch(r, "Bot.Paginator");
    }

    @Test
    void testsRunWithoutStartingTheApplicationStartTheProcessThemselves() throws IOException {
        String t = testOf("[test: [\"ecto.create --quiet\", \"test --no-start\"]]");
        assertTrue(t.contains("# The project's tests run with mix test --no-start (its mix.exs): the application"), t);
        assertTrue(t.contains("start_supervised!("), t);
        assertFalse(t.contains("The application starts it already"), t);
        assertFalse(t.contains("Process.whereis(Paginator) ||"), t);
    }

    @Test
    void testsOfARunningApplicationUseTheRunningProcess() throws IOException {
        String t = testOf("[setup: [\"deps.get\"]]");
        assertTrue(t.contains("The application starts it already"), t);
        assertFalse(t.contains("--no-start"), t);
    }

    @Test
    void aTestHelperThatStartsTheApplicationAgainMakesItRun() throws IOException {
        // lenra's server: `mix test --no-start`, then test_helper.exs calls Application.ensure_started(:application_runner)
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("test/test_helper.exs"), """
                Application.load(:bot)
                Application.ensure_started(:bot)
                ExUnit.start()
                """);
        String t = testOf("[test: \"test --no-start\"]");
        assertFalse(t.contains("--no-start"), t);
        assertTrue(t.contains("The application starts it already"), t);
    }

    /** logflare: `test --no-start`, then its test_helper.exs runs the app.start task, which starts the application. */
    @Test
    void aTestHelperThatRunsTheAppStartTaskMakesItRun() throws IOException {
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("test/test_helper.exs"), """
                Mix.Task.run("app.start")
                ExUnit.start()
                """);
        String t = testOf("[test: [\"ecto.create --quiet\", \"test --no-start\"]]");
        assertFalse(t.contains("--no-start"), t);
        assertTrue(t.contains("The application starts it already"), t);
    }

    /**
     * gristle's nerves_ground_robot has its {@code mod:} commented out: starting the application starts no tree, so
     * its Application module's children are not running in a test either (Bno080's test asserted the running one).
     */
    @Test
    void anApplicationWhoseMixExsNamesNoModRunsNothingInItsTests() throws IOException {
        String t = testOf("[setup: [\"deps.get\"]]", "[extra_applications: [:logger]]");
        assertTrue(t.contains("# Its mix.exs names no mod: in application/0: starting the application starts no"), t);
        assertTrue(t.contains("start_supervised!("), t);
        assertFalse(t.contains("The application starts it already"), t);
        assertFalse(t.contains("Process.whereis(Paginator) ||"), t);
        // a list the file builds in code says nothing either way: the application is taken to run
        assertTrue(testOf("[setup: [\"deps.get\"]]", "[extra_applications: [:logger]] ++ extra()")
                .contains("The application starts it already"));
    }

    @Test
    void aTestHelperStartingAnotherApplicationLeavesItStopped() throws IOException {
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("test/test_helper.exs"), """
                Application.ensure_all_started(:postgrex)
                ExUnit.start()
                """);
        String t = testOf("[test: \"test --no-start\"]");
        assertTrue(t.contains("--no-start"), t);
    }
}
