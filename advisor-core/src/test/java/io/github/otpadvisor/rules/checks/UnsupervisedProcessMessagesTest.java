package io.github.otpadvisor.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OTP005's words: the function, what is really lost, a Task.Supervisor that exists or one to add. */
class UnsupervisedProcessMessagesTest {
    private static final String NOTIFY = """
            defmodule MyApp.Accounts do
              def notify(user, event) do
                Task.start(fn -> MyApp.Mailer.deliver(user, event) end)
              end
            end
            """;
    private static final String APP = """
            defmodule MyApp.Application do
              use Application
              def start(_type, _args) do
                Supervisor.start_link([{Task.Supervisor, name: MyApp.Mail.Tasks}], strategy: :one_for_one)
              end
            end
            """;

    @TempDir
    Path root;

    private List<Finding> otp005(String... files) throws IOException {
        for (int i = 0; i < files.length; i++) {
            Files.writeString(root.resolve("f" + i + ".ex"), files[i]);
        }
        return new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root)).findings().stream()
                .filter(f -> f.ruleId().equals("OTP005")).toList();
    }

    @Test
    void namesTheFunctionAndWhatATaskReallyLoses() throws IOException {
        Finding f = otp005(NOTIFY).get(0);
        assertTrue(f.message().startsWith("Task.start/1 in MyApp.Accounts.notify/2 "), f.message());
        assertTrue(f.message().contains("not shut down with the application"), f.message());
        assertTrue(f.message().contains("does not show in the supervision tree"), f.message());
        assertFalse(f.message().contains("nobody is told") || f.message().contains("unnoticed"),
                "a crashed task logs its error: " + f.message());
    }

    @Test
    void aTaskItsOwnerMonitorsAndHearsFromIsNotSaidToGoUnheard() throws IOException {
        // tymeslot's RequestCoalescer (read cold at the fourteenth stop): "nobody learns whether it succeeded" was false
        Finding f = otp005(new String(getClass().getResourceAsStream("/rules/OTP005/positive/monitored_task.ex")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).get(0);
        assertFalse(f.message().contains("nobody learns"), f.message());
        assertTrue(f.message().contains("It sends its result back, and MyApp.Coalescer hears of its end (it takes"
                + " :DOWN messages), but the task is not linked to it"), f.message());
    }

    @Test
    void aGeneralTaskSupervisorBeforeAJobSpecificOneAndAPartitionedOne() throws IOException {
        String both = otp005(NOTIFY, APP.replace("[{Task.Supervisor, name: MyApp.Mail.Tasks}]",
                "[{Task.Supervisor, name: MyApp.HistoryTaskSupervisor}, {Task.Supervisor, name: MyApp.TaskSupervisor}]"))
                .get(0).message();
        assertTrue(both.contains("Task.Supervisor.start_child(MyApp.TaskSupervisor, "), both);
        String partitioned = otp005(NOTIFY, APP.replace("[{Task.Supervisor, name: MyApp.Mail.Tasks}]",
                "[{PartitionSupervisor, child_spec: Task.Supervisor, name: MyApp.TaskSupervisors}]")).get(0).message();
        assertTrue(partitioned.contains(
                "Task.Supervisor.start_child({:via, PartitionSupervisor, {MyApp.TaskSupervisors, self()}}, "), partitioned);
        assertFalse(partitioned.contains("has no Task.Supervisor"), partitioned);
    }

    @Test
    void neverOffersASubsystemsOwnTaskSupervisor() throws IOException {
        // blockscout: Indexer.Block.Catchup.TaskSupervisor lives under an optional subsystem supervisor
        String subsystem = """
                defmodule MyApp.Catchup.Supervisor do
                  use Supervisor
                  def init(_), do: Supervisor.init([{Task.Supervisor, name: MyApp.Catchup.TaskSupervisor}], strategy: :one_for_one)
                end
                """;
        String m = otp005(NOTIFY, subsystem).get(0).message();
        assertFalse(m.contains("MyApp.Catchup.TaskSupervisor"), m);
        assertTrue(m.contains("add {Task.Supervisor, name: MyApp.TaskSupervisor}"), m);
    }

    @Test
    void usesTheProjectsTaskSupervisorOrSaysToAddOne() throws IOException {
        String without = otp005(NOTIFY).get(0).message();
        assertTrue(without.contains("add {Task.Supervisor, name: MyApp.TaskSupervisor} to the application's children"),
                without);
        String with = otp005(NOTIFY, APP).get(0).message();
        assertTrue(with.contains("Task.Supervisor.start_child(MyApp.Mail.Tasks, fn -> ... end)"), with);
        assertFalse(with.contains("MyApp.TaskSupervisor"), with);
    }

    @Test
    void webModulesShareTheApplicationsSupervisor() throws IOException {
        Files.writeString(root.resolve("mix.exs"), "defmodule MyApp.MixProject do\n  use Mix.Project\n"
                + "  def project, do: [app: :my_app, version: \"0.1.0\"]\nend\n");
        String web = "defmodule MyAppWeb.PageController do\n  def ping(conn, _) do\n"
                + "    Task.start(fn -> MyApp.Stats.bump() end)\n    conn\n  end\nend\n";
        String m = otp005(web).get(0).message();
        assertTrue(m.contains("{Task.Supervisor, name: MyApp.TaskSupervisor}"), m);
    }

    @Test
    void devOnlyCodeIsInfoEvenWhenTheRuleIsRaised() throws IOException {
        String dev = "defmodule MyApp.Dev do\n  if Mix.env() == :dev do\n    def watch, do: spawn(fn -> :ok end)\n  end\nend\n";
        Finding f = otp005(dev).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().contains("dev/test-only"), f.message());
        Finding raised = new Analyzer(new AnalysisOptions(java.util.Map.of("OTP005", Severity.WARNING), java.util.Set.of(),
                AnalysisOptions.defaults().maxFileBytes()))
                .analyze(ScanRequest.of(root)).findings().get(0);
        assertEquals(Severity.INFO, raised.severity());
    }

    @Test
    void aTimerSaysSendAfter() throws IOException {
        String timer = "defmodule MyApp.T do\n  def later(p) do\n    spawn(fn ->\n      Process.sleep(10)\n"
                + "      send(p, :go)\n    end)\n  end\nend\n";
        String m = otp005(timer).get(0).message();
        assertTrue(m.contains("Process.send_after"), m);
        assertFalse(m.contains("Task.Supervisor"), m);
    }

    @Test
    void anUnlinkedStartOnlyATestCallsIsLeftToOtp015() throws IOException {
        // gristle's Workshop: start_link/1 calls GenServer.start, and only a test starts it, to crash it on purpose;
        // "call start_link" would kill the test process with it (a reader). OTP015 says only tests start it.
        String workshop = """
                defmodule Workshop do
                  use GenServer
                  def start_link(_), do: GenServer.start(__MODULE__, nil, name: __MODULE__)
                  def crash, do: GenServer.cast(__MODULE__, :crash)
                  def init(_), do: {:ok, %{}}
                  def handle_cast(:crash, _state), do: raise "crash"
                end
                """;
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("test/workshop_test.exs"), """
                defmodule WorkshopTest do
                  use ExUnit.Case
                  test "crashes" do
                    Workshop.start_link(nil)
                    Workshop.crash()
                  end
                end
                """);
        assertEquals(List.of(), otp005(workshop));
        // started from production code as well, it is reported
        assertEquals(1, otp005(workshop, """
                defmodule Shop.Boot do
                  def run, do: Workshop.start_link(nil)
                end
                """).size());
    }
}
