package io.github.otpadvisor.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated part of the site, as the site build writes it. */
class SiteContentTest {
    @TempDir
    Path out;

    @Test
    void writesEveryRulePageTheTemplatesAndTheSampleReport() throws Exception {
        Path markdown = out.resolve("markdown");
        Path site = out.resolve("site");
        Files.createDirectories(markdown.resolve("rules"));
        Files.writeString(markdown.resolve("rules/OTP000.md"), "a rule removed from the code");
        SiteContent.main(new String[] {Path.of("").toAbsolutePath().toString(), markdown.toString(), site.toString(), "test"});

        for (Rule rule : RuleRegistry.all()) {
            assertTrue(Files.isRegularFile(markdown.resolve("rules/" + rule.info().id() + ".md")), rule.info().id());
        }
        assertFalse(Files.exists(markdown.resolve("rules/OTP000.md")), "a removed rule's page goes too");
        for (String page : new String[] {"index.md", "decision-framework.md", "library.md", "sample/otp-advisor.md"}) {
            assertTrue(Files.isRegularFile(markdown.resolve(page)), page);
        }
        String decision = Files.readString(markdown.resolve("decision-framework.md"));
        assertTrue(decision.contains("1. **Is this stateless computation?**"), decision);
        assertTrue(decision.contains("| **GenServer under DynamicSupervisor + Registry** | yes | Q4 | DynamicSupervisor + Registry |"),
                decision);
        assertTrue(decision.contains("| GenServer as a static child | ETS | **heavier than needed** |"), decision);
        String sample = Files.readString(markdown.resolve("sample/otp-advisor.md"));
        assertTrue(sample.contains("| [OTP004](../rules/OTP004.html) | error | 1 |"), sample);
        assertTrue(sample.contains("| [`ShopCore.PriceCache`](otp-advisor/modules/"), sample);
        String reportIndex = Files.readString(site.resolve("sample/otp-advisor/index.html"));
        assertTrue(reportIndex.contains("href=\"../otp-advisor.html\""), "the report links back to its site page");
    }

    /** The scenarios' answers are right when the model's decision is the pattern the seed names for them. */
    @Test
    void theDecisionTablesAgreeWithTheSeed() {
        for (DecisionTables.Scenario s : DecisionTables.SCENARIOS) {
            String decided = DecisionModel.decide(s.answers()).summary();
            String seed = s.seed().replace("Task (Task.Supervisor)", "Task under Task.Supervisor");
            assertTrue(decided.contains(seed) || decided.equals(seed), s.situation() + ": " + decided);
        }
    }
}
