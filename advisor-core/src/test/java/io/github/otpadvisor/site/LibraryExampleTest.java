package io.github.otpadvisor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.decision.Decision;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code the site's library page shows does what the page says it does. */
class LibraryExampleTest {
    @TempDir
    Path reports;

    @Test
    void theDecisionIsTheOneThePageNames() {
        Decision d = LibraryExample.decideForSessions();
        assertEquals("GenServer under DynamicSupervisor + Registry", d.summary());
        assertTrue(d.processNeeded());
    }

    @Test
    void theAnalysisOfTheExamplePrintsFindingsAndModulesAndWritesTheReports() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path example = Path.of("").toAbsolutePath().getParent().resolve(SiteContent.EXAMPLE);
        AnalysisResult result = LibraryExample.analyze(example, reports,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("apps/shop_core/lib/shop_core/price_cache.ex:3:3: error [OTP004] "), out);
        assertTrue(out.contains("ShopCore.PriceCache: GenServer -> ETS (heavier than needed)"), out);
        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("OTP014")), "OTP014 switched off");
        assertTrue(Files.isRegularFile(reports.resolve("otp-advisor.json")));
        assertTrue(Files.isRegularFile(reports.resolve("html/index.html")));
    }
}
