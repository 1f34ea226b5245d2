package io.github.otpadvisor.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportSettings;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.scan.ScanRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file that defines a module twice, in the two branches of an {@code if Code.ensure_loaded?} (nerves_hub_link's
 * LocalShell): each definition gets its own assessment and its own page, and the index links both.
 */
class TwoDefinitionsInOneFileTest {
    @TempDir
    Path root;

    @Test
    void eachDefinitionHasItsOwnPage() throws Exception {
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/shell.ex"), """
                if Code.ensure_loaded?(ExPTY) do
                  defmodule Shop.Shell do
                    use GenServer
                    def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                    def init(:ok), do: {:ok, %{pty: nil}}
                    def handle_info({:pty_data, _pid, data}, state), do: {:noreply, Map.put(state, :last, data)}
                  end
                else
                  defmodule Shop.Shell do
                    use GenServer
                    def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                    def init(:ok), do: {:ok, :unavailable}
                    def handle_call(:status, _from, state), do: {:reply, state, state}
                  end
                end
                """);
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        assertEquals(2, r.modules().stream().filter(m -> m.name().equals("Shop.Shell")).map(m -> m.line()).distinct()
                .count(), r.modules().toString());
        Path out = root.resolve("out");
        ReportWriter.write(r, new ReportSettings(Set.of(ReportFormat.MD), out, null, "test"));
        String first = Files.readString(out.resolve("md/modules/Shop.Shell/otp-decision.md"));
        String second = Files.readString(out.resolve("md/modules/Shop.Shell-2/otp-decision.md"));
        assertTrue(first.contains("(lib/shell.ex:2)"), first);
        assertTrue(second.contains("(lib/shell.ex:9)"), second);
        assertTrue(second.contains(":status"), "the second page is about the second definition: " + second);
        String index = Files.readString(out.resolve("md/index.md"));
        assertTrue(index.contains("modules/Shop.Shell/otp-decision.md") && index.contains(
                "modules/Shop.Shell-2/otp-decision.md"), index);
    }
}
