package io.github.otpadvisor.site;

import io.github.otpadvisor.report.ReportException;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Writes the generated part of advisor-core's site before Maven renders it (phase {@code pre-site}): the rule
 * catalog from the registered rules, the pages of {@code src/site-templates/} with their generated tables and
 * compiled snippets, and the sample report on {@code examples/polyglot-shop}.
 *
 * <p>{@code SiteContent MODULE_DIR GENERATED_MARKDOWN_DIR SITE_OUTPUT_DIR VERSION}
 */
public final class SiteContent {
    static final String TEMPLATES = "src/site-templates";
    static final String EXAMPLE = "examples/polyglot-shop";

    private SiteContent() {
    }

    public static void main(String[] args) throws IOException, ReportException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: SiteContent MODULE_DIR GENERATED_MARKDOWN_DIR SITE_OUTPUT_DIR VERSION");
        }
        Path module = Path.of(args[0]).toAbsolutePath().normalize();
        Path markdown = Path.of(args[1]);
        Path siteOutput = Path.of(args[2]);
        Map<String, String> pages = pages(module, siteOutput, args[3]);
        write(markdown, pages);
        System.out.println("[site] " + pages.size() + " generated pages in " + markdown
                + ", sample report in " + siteOutput.resolve(SampleReport.PAGES_FOLDER));
    }

    /** Every generated page: its path below the Markdown folder -> its text. */
    static Map<String, String> pages(Path module, Path siteOutput, String version) throws IOException, ReportException {
        Map<String, String> pages = new LinkedHashMap<>(RulePages.pages(RuleRegistry.all()));
        PageTemplates templates = new PageTemplates(module, generatedParts());
        Path templateDir = module.resolve(TEMPLATES);
        try (Stream<Path> files = Files.list(templateDir)) {
            for (Path t : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = t.getFileName().toString();
                pages.put(name, templates.expand(Files.readString(t, StandardCharsets.UTF_8), name));
            }
        }
        Path example = module.getParent().resolve(EXAMPLE);
        pages.put(SampleReport.PAGE, SampleReport.write(example, EXAMPLE, siteOutput, version));
        return pages;
    }

    static Map<String, Supplier<String>> generatedParts() {
        return Map.of(
                "questions", DecisionTables::questions,
                "scenarios", DecisionTables::scenarios,
                "verdicts", DecisionTables::verdicts,
                "rules", () -> RulePages.table(RuleRegistry.all(), "rules/"));
    }

    /** Replaces the generated folders' Markdown (a rule removed from the code loses its page too). */
    static void write(Path markdown, Map<String, String> pages) throws IOException {
        for (String folder : List.of("rules", "sample")) {
            Path dir = markdown.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path p : old.filter(p -> p.toString().endsWith(".md")).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = markdown.resolve(page.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        }
    }
}
