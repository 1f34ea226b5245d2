package io.github.otpadvisor.site;

import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleExplanations;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule catalog of the site, generated from the rules the analyzer runs: an index table and one page per
 * rule, each made of the rule's {@link RuleInfo} and its explanation file ({@code OTP004.md}) with the build
 * settings that change or silence it. A rule added to the registry gets its page with no other edit.
 */
final class RulePages {
    private RulePages() {
    }

    /** Page path below the site's Markdown folder -> page text: {@code rules/index.md} and {@code rules/<id>.md}. */
    static Map<String, String> pages(List<Rule> rules) {
        return pages(rules, RuleExplanations::of);
    }

    /** As {@link #pages(List)}, with the explanation files read through {@code explanations} (id -> text). */
    static Map<String, String> pages(List<Rule> rules, Function<String, Optional<String>> explanations) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("rules/index.md", index(rules));
        for (int i = 0; i < rules.size(); i++) {
            Rule previous = i > 0 ? rules.get(i - 1) : null;
            Rule next = i + 1 < rules.size() ? rules.get(i + 1) : null;
            pages.put("rules/" + rules.get(i).info().id() + ".md",
                    page(rules.get(i), explanations.apply(rules.get(i).info().id()), previous, next));
        }
        return pages;
    }

    static String index(List<Rule> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalog\n\n");
        md.append("otp-advisor checks ").append(rules.size()).append(" rules. Each finding names its rule; ")
                .append("its page says what the rule detects, why it matters while the system runs, how to refactor, ")
                .append("a bad and a good example, and how to configure or suppress it. ")
                .append("`error` findings fail the build by default (`failOnSeverity`), `warning` and `info` ")
                .append("findings are reported only.\n\n");
        md.append(table(rules, ""));
        md.append("\n").append(counts(rules)).append("\n\n");
        md.append("This catalog is generated from the rules themselves (their `@RuleInfo` and explanation files) ")
                .append("each time the site is built. The same explanations are shown in the HTML report and ")
                .append("carried as help in the SARIF file.\n");
        return md.toString();
    }

    /** The index table, its links prefixed by the folder of the rule pages relative to the page showing it. */
    static String table(List<Rule> rules, String linkPrefix) {
        StringBuilder md = new StringBuilder();
        md.append("| Id | Name | Default severity | What it detects |\n");
        md.append("|---|---|---|---|\n");
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            md.append("| [").append(info.id()).append("](").append(linkPrefix).append(info.id()).append(".html) | ")
                    .append(Markdown.code(info.name())).append(" | ").append(info.severity().label()).append(" | ")
                    .append(Markdown.inline(info.summary())).append(" |\n");
        }
        return md.toString();
    }

    static String page(Rule rule, Optional<String> explanationFile, Rule previous, Rule next) {
        RuleInfo info = rule.info();
        String explanation = explanationFile
                .orElseThrow(() -> new IllegalStateException(info.id() + " has no explanation file " + info.id() + ".md"));
        StringBuilder md = new StringBuilder();
        md.append("# ").append(info.id()).append(" ").append(Markdown.inline(info.name())).append("\n\n");
        md.append(Markdown.inline(info.summary())).append("\n\n");
        md.append("| Id | Name | Default severity | Checked by |\n|---|---|---|---|\n");
        md.append("| ").append(Markdown.code(info.id())).append(" | ").append(Markdown.code(info.name())).append(" | ")
                .append(severityText(info.severity())).append(" | ")
                .append(Markdown.code(rule.getClass().getName())).append(" |\n\n");
        md.append(body(explanation)).append("\n\n");
        md.append(settings(info));
        md.append("\n").append(navigation(previous, next)).append("\n");
        return md.toString();
    }

    /** The explanation without its title line: the page has its own, from the metadata. */
    static String body(String explanation) {
        String text = explanation.replace("\r\n", "\n");
        int firstBreak = text.indexOf('\n');
        return (text.startsWith("# ") && firstBreak > 0 ? text.substring(firstBreak + 1) : text).strip();
    }

    private static String severityText(Severity severity) {
        return severity == Severity.ERROR ? "error (fails the build by default)" : severity.label() + " (reported, does not fail the build by default)";
    }

    /** How to change or silence the rule in a build, on the command line and in source, with its own id. */
    private static String settings(RuleInfo info) {
        String id = info.id();
        return "## Change or silence " + id + "\n\n"
                + "In the POM (in `<pluginManagement>`, so that `analyze` and the site report both read it):\n\n"
                + "```xml\n"
                + "<configuration>\n"
                + "  <ruleSeverities>\n"
                + "    <" + id + ">warning</" + id + ">  <!-- error | warning | info | off -->\n"
                + "  </ruleSeverities>\n"
                + "</configuration>\n"
                + "```\n\n"
                + "On the command line: `java -jar otp-advisor-core-cli.jar analyze --rule-severity " + id + "=off lib`.\n\n"
                + "In the source, for one place: `# otp-advisor:disable-next-line " + id + "` on the line above the "
                + "reported one, or `# otp-advisor:disable-for-this-file " + id + "` anywhere in the file; text after "
                + "a further `#` is the reason.\n\n"
                + "For findings that are already there: `mvn otp-advisor:baseline` records them, and `analyze` then "
                + "fails only on new ones (see [suppressions and baselines](../../usage.html#Suppressions_and_baselines)).\n";
    }

    private static String navigation(Rule previous, Rule next) {
        StringBuilder nav = new StringBuilder();
        if (previous != null) {
            nav.append("[Previous: ").append(previous.info().id()).append("](").append(previous.info().id()).append(".html) · ");
        }
        nav.append("[All rules](index.html)");
        if (next != null) {
            nav.append(" · [Next: ").append(next.info().id()).append("](").append(next.info().id()).append(".html)");
        }
        return nav.toString();
    }

    private static String counts(List<Rule> rules) {
        Map<Severity, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            bySeverity.put(s, 0);
        }
        rules.forEach(r -> bySeverity.merge(r.info().severity(), 1, Integer::sum));
        StringBuilder out = new StringBuilder("By default: ");
        bySeverity.forEach((s, n) -> out.append(n).append(' ').append(s.label()).append(", "));
        return out.substring(0, out.length() - 2) + ".";
    }
}
