package io.github.otpadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every rule is registered once, documented with the fixed sections, and tested on both sides. */
class RuleCatalogTest {
    private static final List<String> SECTIONS = List.of("## Problem", "## Why it matters at runtime",
            "## Refactoring", "## Example", "### Bad", "### Good", "## When it does not fire", "## Configuration");
    private static final Pattern ELIXIR_BLOCK = Pattern.compile("```elixir\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyRuleHasUniqueWellFormedMetadata() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Rule rule : RuleRegistry.all()) {
            RuleInfo info = rule.info();
            assertTrue(info.id().matches("OTP\\d{3}"), info.id());
            assertTrue(info.name().matches("[a-z]+(-[a-z]+)*"), info.name());
            assertFalse(info.summary().isBlank(), info.id());
            assertTrue(ids.add(info.id()), "duplicate id " + info.id());
            assertTrue(names.add(info.name()), "duplicate name " + info.name());
        }
        assertEquals(Set.of("OTP001", "OTP002", "OTP003", "OTP004", "OTP005", "OTP006", "OTP007", "OTP008",
                "OTP009", "OTP010", "OTP011", "OTP012", "OTP013", "OTP014", "OTP015", "OTP016", "OTP017", "OTP018", "OTP019"), ids,
                "tier 1 and tier 2 of the rulebook");
    }

    @Test
    void everyRuleIsExplainedWithEverySectionAndExamplesThatParse() {
        ElixirFrontEnd frontEnd = new ElixirFrontEnd();
        for (Rule rule : RuleRegistry.all()) {
            RuleInfo info = rule.info();
            String doc = RuleExplanations.of(info.id()).orElseThrow(() -> new AssertionError(info.id() + ".md missing"));
            assertTrue(doc.startsWith("# " + info.id() + ": " + info.name() + "\n"), info.id() + " title");
            assertTrue(doc.contains("**Default severity:** " + info.severity().label()), info.id() + " severity");
            for (String section : SECTIONS) {
                assertTrue(doc.contains("\n" + section + "\n"), info.id() + " lacks " + section);
            }
            Matcher m = ELIXIR_BLOCK.matcher(doc);
            int blocks = 0;
            while (m.find()) {
                blocks++;
                var parsed = frontEnd.parse(m.group(1));
                assertTrue(parsed.ok(), () -> info.id() + " example does not parse: " + parsed.error());
            }
            assertTrue(blocks >= 2, info.id() + " needs a bad and a good example");
        }
    }

    @Test
    void everyRuleHasPositiveAndNegativeFixtures() throws IOException {
        for (Rule rule : RuleRegistry.all()) {
            Path dir = RuleFixturesTest.ROOT.resolve(rule.info().id());
            assertFalse(RuleFixturesTest.fixtures(dir.resolve("positive")).isEmpty(), rule.info().id() + " positives");
            assertFalse(RuleFixturesTest.fixtures(dir.resolve("negative")).isEmpty(), rule.info().id() + " negatives");
            assertTrue(Files.isRegularFile(dir.resolve("README.md")), rule.info().id() + " README");
        }
    }
}
