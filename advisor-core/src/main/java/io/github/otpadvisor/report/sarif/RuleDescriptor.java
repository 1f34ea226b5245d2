package io.github.otpadvisor.report.sarif;

import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleExplanations;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What SARIF says about one registered rule (a {@code reportingDescriptor}), derived from its
 * {@link RuleInfo} and its Markdown explanation. {@code fullDescription} is the explanation's first
 * prose paragraph (what the rule detects); a rule without an explanation falls back on its summary.
 */
record RuleDescriptor(String id, String name, String summary, String fullMarkdown, String helpMarkdown,
                      String level, List<String> tags) {

    /** Every registered rule, sorted by id: {@code ruleIndex} is a position in this list. */
    static List<RuleDescriptor> registered() {
        return RuleRegistry.all().stream()
                .map(RuleDescriptor::of)
                .sorted(Comparator.comparing(RuleDescriptor::id))
                .toList();
    }

    static RuleDescriptor of(Rule rule) {
        RuleInfo info = rule.info();
        String explanation = RuleExplanations.of(info.id()).orElse(null);
        String full = explanation == null ? null : firstParagraph(explanation);
        return new RuleDescriptor(info.id(), name(rule), info.summary(),
                full == null ? info.summary() : full,
                explanation == null ? info.summary() : explanation,
                SarifLevel.of(info.severity()),
                List.of("otp", "elixir", info.name()));
    }

    String fullText() {
        return PlainText.inline(fullMarkdown);
    }

    String helpText() {
        return PlainText.of(helpMarkdown);
    }

    /** The rule class's simple name ({@code GenServerEnvy}), else the kebab-case name in PascalCase. */
    private static String name(Rule rule) {
        String simple = rule.getClass().getSimpleName();
        if (!simple.isEmpty() && !simple.contains("$")) {
            return simple;
        }
        StringBuilder out = new StringBuilder();
        for (String part : rule.info().name().split("-")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** The first paragraph that is neither a heading nor the "**Default severity:**" line, on one line. */
    static String firstParagraph(String markdown) {
        for (String block : markdown.split("\\r?\\n[ \\t]*\\r?\\n")) {
            String b = block.strip();
            if (b.isEmpty() || b.startsWith("#") || b.startsWith("**Default severity") || b.startsWith("```")) {
                continue;
            }
            return b.replaceAll("\\s*\\r?\\n\\s*", " ");
        }
        return null;
    }
}
