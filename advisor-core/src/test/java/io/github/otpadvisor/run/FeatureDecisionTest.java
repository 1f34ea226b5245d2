package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decide run: checks, the decision, the report, and where it is written. */
class FeatureDecisionTest {
    @TempDir
    Path base;

    @Test
    void writesTheSeedsFileAtTheSeedsPathByDefault() throws Exception {
        DecideOutcome outcome = FeatureDecision.decide(DecideRequest.builder(base).feature("  User sessions ")
                .description("One process per logged-in user.")
                .yes(Set.of(DecideAnswer.STATE, DecideAnswer.TIMEOUTS_MONITORS_INFO, DecideAnswer.DYNAMIC_CHILDREN))
                .defaultDecisionFile(true).build());
        assertEquals("User sessions", outcome.feature());
        assertEquals(Question.TIMEOUTS_MONITORS_INFO, outcome.decision().decidedBy());
        Path file = base.resolve(".claude/plans/user-sessions/research/otp-decision.md");
        assertEquals(file, outcome.file());
        assertEquals(outcome.markdown(), Files.readString(file));
        assertTrue(outcome.markdown().startsWith("# OTP Analysis: User sessions"));
        assertTrue(outcome.markdown().contains("One process per logged-in user."));
    }

    @Test
    void aNamedFileOrSlugDecidesWhere() throws Exception {
        DecideRequest.Builder cache = DecideRequest.builder(base).feature("Price cache").defaultDecisionFile(true)
                .yes(Set.of(DecideAnswer.STATE, DecideAnswer.SIMPLE_GET_UPDATE, DecideAnswer.MANY_READERS));
        assertEquals(base.resolve("docs/cache.md"),
                FeatureDecision.decide(cache.decisionFile(Path.of("docs/cache.md")).build()).file());
        assertEquals(Pattern.ETS, FeatureDecision.decide(cache.build()).decision().abstraction());
        assertEquals(base.resolve(".claude/plans/prices/research/otp-decision.md"),
                FeatureDecision.decide(cache.decisionFile(null).slug("prices").build()).file());
    }

    @Test
    void withoutAFileNothingIsWritten() throws Exception {
        DecideOutcome outcome = FeatureDecision.decide(DecideRequest.builder(base).feature("Rate limiter").build());
        assertNull(outcome.file());
        assertTrue(outcome.markdown().startsWith("# OTP Analysis: Rate limiter"));
        try (var files = Files.list(base)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void mistakesAreConfigurationErrorsAndWriteNothing() {
        assertEquals("feature: name the planned feature, e.g. \"User sessions\"", problem(DecideRequest.builder(base)
                .feature(" ").defaultDecisionFile(true)).message(Spelling.PARAMETER));
        assertEquals("--feature: name the planned feature, e.g. \"User sessions\"",
                problem(DecideRequest.builder(base)).message(Spelling.OPTION));
        assertTrue(problem(DecideRequest.builder(base).feature("Escape").slug("../../outside")
                .defaultDecisionFile(true)).message(Spelling.PARAMETER)
                .startsWith("slug: '../../outside' must be one folder name"));
        assertEquals(Setting.TEMPLATE_DIRECTORY, problem(DecideRequest.builder(base).feature("x")
                .templateDirectory(Path.of("missing")).defaultDecisionFile(true)).setting());
        assertFalse(Files.exists(base.resolve(".claude")));
    }

    private static ConfigurationException problem(DecideRequest.Builder request) {
        return assertThrows(ConfigurationException.class, () -> FeatureDecision.decide(request.build()));
    }
}
