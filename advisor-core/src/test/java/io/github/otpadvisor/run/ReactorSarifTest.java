package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.output.OutputRefusedException;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reactor's one SARIF file: every module's findings in one run, in one order; a file not ours is left alone. */
class ReactorSarifTest {
    @TempDir
    Path dir;

    private static AnalysisResult result(String file) {
        Finding f = new Finding("OTP004", Severity.ERROR, file, 3, 3, "M", "a cache", Pattern.ETS,
                "v2:00000000000000000000000000000001");
        return new AnalysisResult(1, List.of(), List.of(), List.of(f), List.of(), List.of(), null);
    }

    @Test
    void everyModuleAddedSoFarIsInTheFileInFileOrder() throws Exception {
        Path file = dir.resolve("target/otp-advisor-reactor.sarif");
        ReactorSarif sarif = new ReactorSarif(file, "1.0.0");
        sarif.add("g:elixir", result("elixir/lib/a.ex"));
        assertTrue(Files.readString(file).contains("\"uri\": \"elixir/lib/a.ex\""));
        sarif.add("g:billing", result("billing/lib/b.ex"));
        String text = Files.readString(file);
        int billing = text.indexOf("\"uri\": \"billing/lib/b.ex\"");
        int elixir = text.indexOf("\"uri\": \"elixir/lib/a.ex\"");
        assertTrue(billing > 0 && billing < elixir, text);
        sarif.add("g:elixir", result("elixir/lib/a.ex")); // a module run again replaces its own results
        assertEquals(2, Files.readString(file).split("\"ruleId\": \"OTP004\"", -1).length - 1);
    }

    @Test
    void aFileThatIsNotOurSarifIsRefused() throws Exception {
        Path file = dir.resolve("report.sarif");
        Files.writeString(file, "{\"runs\": [{\"tool\": {\"driver\": {\"name\": \"credo\"}}}]}");
        ReactorSarif sarif = new ReactorSarif(file, "1.0.0");
        assertThrows(OutputRefusedException.class, () -> sarif.add("g:elixir", result("elixir/lib/a.ex")));
        assertEquals("{\"runs\": [{\"tool\": {\"driver\": {\"name\": \"credo\"}}}]}", Files.readString(file));
    }
}
