package io.github.otpadvisor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleExplanations;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule catalog has a complete page for every registered rule, and a rule without an explanation has none. */
class RulePagesTest {
    private static final List<String> PARTS = List.of("## Problem", "## Why it matters at runtime", "## Refactoring",
            "### Bad", "### Good", "## Configuration");

    @Test
    void everyRegisteredRuleHasACompletePageAndARowInTheIndex() {
        Map<String, String> pages = RulePages.pages(RuleRegistry.all());
        assertEquals(RuleRegistry.all().size() + 1, pages.size());
        String index = pages.get("rules/index.md");
        for (Rule rule : RuleRegistry.all()) {
            RuleInfo info = rule.info();
            String page = pages.get("rules/" + info.id() + ".md");
            assertTrue(page != null, info.id() + " has no page");
            assertTrue(page.startsWith("# " + info.id() + " " + Markdown.inline(info.name()) + "\n"), info.id());
            assertTrue(page.contains("| `" + info.id() + "` | `" + info.name() + "` | " + info.severity().label()),
                    info.id() + " metadata row");
            for (String part : PARTS) {
                assertTrue(page.contains("\n" + part + "\n"), info.id() + " lacks " + part);
            }
            assertTrue(page.contains("<" + info.id() + ">warning</" + info.id() + ">"), info.id() + " severity setting");
            assertTrue(page.contains("--rule-severity " + info.id() + "=off"), info.id() + " command line");
            assertTrue(page.contains("disable-next-line " + info.id()), info.id() + " suppression");
            assertTrue(index.contains("| [" + info.id() + "](" + info.id() + ".html) | `" + info.name() + "` | "
                    + info.severity().label() + " | "), info.id() + " index row");
        }
    }

    @Test
    void pagesLinkToTheirNeighboursAndTheIndex() {
        List<Rule> rules = RuleRegistry.all();
        String first = RulePages.pages(rules).get("rules/" + rules.get(0).info().id() + ".md");
        String second = RulePages.pages(rules).get("rules/" + rules.get(1).info().id() + ".md");
        assertTrue(first.contains("[All rules](index.html) · [Next: " + rules.get(1).info().id() + "]"));
        assertTrue(!first.contains("Previous:"));
        assertTrue(second.contains("[Previous: " + rules.get(0).info().id() + "](" + rules.get(0).info().id() + ".html)"));
    }

    @Test
    void aRuleWithoutAnExplanationFileHasNoPageAndStopsTheSiteBuild() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RulePages.pages(List.of(new Undocumented())));
        assertTrue(e.getMessage().contains("OTP999 has no explanation file OTP999.md"), e.getMessage());
    }

    @Test
    void aNewRuleAppearsWithNoOtherEdit() {
        List<Rule> withNew = new java.util.ArrayList<>(RuleRegistry.all());
        withNew.add(new Borrowed());
        Map<String, String> pages = RulePages.pages(withNew,
                id -> RuleExplanations.of(id.equals("OTP998") ? "OTP001" : id));
        assertTrue(pages.containsKey("rules/OTP998.md"));
        assertTrue(pages.get("rules/index.md").contains("| [OTP998](OTP998.html) | `borrowed-explanation` | info |"));
        assertTrue(pages.get("rules/index.md").contains("a summary with \\| a pipe, \\*stars\\* and &lt;b&gt;"),
                "summaries are escaped for Markdown and HTML");
    }

    @RuleInfo(id = "OTP999", name = "undocumented", severity = Severity.INFO, summary = "No explanation file.")
    private static final class Undocumented implements Rule {
        @Override
        public List<Finding> check(RuleContext context) {
            return List.of();
        }
    }

    /** A rule the registry does not know, given OTP001's explanation file. */
    @RuleInfo(id = "OTP998", name = "borrowed-explanation", severity = Severity.INFO,
            summary = "a summary with | a pipe, *stars* and <b>")
    private static final class Borrowed implements Rule {
        @Override
        public List<Finding> check(RuleContext context) {
            return List.of();
        }
    }
}
