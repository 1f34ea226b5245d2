package io.github.otpadvisor.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OTP015 across files: names in config, in tests only, in an umbrella sibling, through aliases. */
class OrphanProcessModuleTest {
    private static final String WORKER = """
            defmodule MyApp.Sweeper do
              use GenServer
              def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
              @impl true
              def init(opts) do
                :timer.send_interval(60_000, :sweep)
                {:ok, opts}
              end
              @impl true
              def handle_info(:sweep, opts) do
                MyApp.Store.sweep()
                {:noreply, opts}
              end
            end
            """;
    private static final String APP = """
            defmodule MyApp.Application do
              use Application
              def start(_type, _args) do
                children = [MyApp.Repo | Application.get_env(:my_app, :workers, [])]
                Supervisor.start_link(children, strategy: :one_for_one)
              end
            end
            """;

    @TempDir
    Path root;

    private List<Finding> otp015(String... pathsAndSources) throws IOException {
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            Path p = root.resolve(pathsAndSources[i]);
            Files.createDirectories(p.getParent());
            Files.writeString(p, pathsAndSources[i + 1]);
        }
        return new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root)).findings().stream()
                .filter(f -> f.ruleId().equals("OTP015")).toList();
    }

    @Test
    void firesWhenNothingNamesIt() throws IOException {
        List<Finding> f = otp015("lib/my_app/sweeper.ex", WORKER, "lib/my_app/application.ex", APP);
        assertEquals(1, f.size(), f.toString());
        assertEquals(3, f.get(0).line());
        assertTrue(f.get(0).message().contains("no other module, config file or mix.exs names it"), f.get(0).message());
    }

    @Test
    void aConfigListNamingItIsEnough() throws IOException {
        assertEquals(List.of(), otp015("lib/my_app/sweeper.ex", WORKER, "lib/my_app/application.ex", APP,
                "config/config.exs", "import Config\nconfig :my_app, workers: [MyApp.Sweeper]\n"));
    }

    @Test
    void anAliasedReferenceInAnotherModuleIsEnough() throws IOException {
        String starter = """
                defmodule MyApp.Boot do
                  alias MyApp.Sweeper
                  def specs, do: [{Sweeper, []}]
                end
                """;
        assertEquals(List.of(), otp015("lib/my_app/sweeper.ex", WORKER, "lib/my_app/application.ex", APP,
                "lib/my_app/boot.ex", starter));
    }

    @Test
    void aModuleOnlyItsTestsStartIsReportedAsSuch() throws IOException {
        String test = """
                defmodule MyApp.SweeperTest do
                  use ExUnit.Case
                  test "sweeps" do
                    start_supervised!(MyApp.Sweeper)
                  end
                end
                """;
        List<Finding> f = otp015("lib/my_app/sweeper.ex", WORKER, "lib/my_app/application.ex", APP,
                "test/my_app/sweeper_test.exs", test);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("only tests name it (test/my_app/sweeper_test.exs:4)"),
                f.get(0).message());
    }

    @Test
    void anUmbrellaSiblingListingItIsEnough() throws IOException {
        String webApp = """
                defmodule MyWeb.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([MyApp.Sweeper], strategy: :one_for_one)
                end
                """;
        assertEquals(List.of(), otp015("apps/my_app/mix.exs", mix("my_app"), "apps/my_app/lib/sweeper.ex", WORKER,
                "apps/my_app/lib/application.ex", APP, "apps/my_web/mix.exs", mix("my_web"),
                "apps/my_web/lib/application.ex", webApp));
    }

    @Test
    void aHexPackagesModulesAreStartedByItsUsers() throws IOException {
        String mix = mix("my_app").replace("version: \"0.1.0\"]", "version: \"0.1.0\", package: package()]")
                .replace("\nend\n", "\n  defp package, do: [licenses: [\"MIT\"]]\nend\n");
        assertEquals(List.of(), otp015("mix.exs", mix, "lib/my_app/sweeper.ex", WORKER, "lib/my_app/application.ex",
                APP));
    }

    private static String mix(String app) {
        return "defmodule " + Character.toUpperCase(app.charAt(0)) + app.substring(1).replace("_", "")
                + ".MixProject do\n  use Mix.Project\n  def project, do: [app: :" + app + ", version: \"0.1.0\"]\nend\n";
    }
}
