package io.github.otpadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.project.Supervision;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonAndTextReportTest {
    private static final String HOSTILE = "<script>\"a\\b\"</script>\n| `x` |";

    private static AnalysisResult result() {
        return new AnalysisResult(3,
                List.of(new ParseFailure("lib/broken.ex", 2, 5, "missing terminator: end")),
                List.of(new ModuleSummary("MyApp.Cache", "lib/my_app/cache.ex", 1, "GenServer", false, Pattern.ETS,
                        Verdict.HEAVIER_THAN_NEEDED, Placement.STATIC_CHILD, null,
                        new Supervision(Supervision.Status.STATIC, "MyApp.Supervisor",
                                new Location("lib/my_app/application.ex", 9, 7), "listed"))),
                List.of(new Finding("OTP004", Severity.ERROR, "lib/my_app/cache.ex", 12, 3, "MyApp.Cache",
                        "handle_call(:get, ...) " + HOSTILE, Pattern.ETS)),
                List.of(), List.of(), null);
    }

    /** The JSON parses back and every string survives escaping unchanged. */
    @Test
    void jsonFollowsSchemaVersionOneAndEscapesEverything() throws IOException {
        String json = ReportWriter.render(result(), ReportFormat.JSON, "1.2.3");
        List<String> strings = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    fields.add(p.currentName());
                } else if (t == JsonToken.VALUE_STRING) {
                    strings.add(p.getText());
                }
            }
        }
        assertTrue(json.startsWith("{\n  \"schemaVersion\": 1,"), json);
        assertTrue(fields.containsAll(List.of("tool", "files", "analyzed", "failed", "parseErrors", "modules",
                "abstraction", "processNeeded", "recommendation", "verdict", "findings", "rule", "severity",
                "module", "message")), fields.toString());
        assertTrue(strings.contains("handle_call(:get, ...) " + HOSTILE), strings.toString());
        assertTrue(strings.contains("heavier than needed"));
        assertTrue(strings.contains("ETS"));
    }

    @Test
    void textPutsEachFindingOnOneLineInCompilerForm() {
        String text = TextReport.findings(result());
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("lib/my_app/cache.ex:12:3: error [OTP004] handle_call(:get, ...) <script>"), text);
        assertEquals("1 finding (1 error, 0 warning, 0 info) in 1 process modules, 3 files, 1 parse error",
                TextReport.summary(result()));
    }
}
