package io.github.otpadvisor.maven;

import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.report.model.ApplicationReport;
import io.github.otpadvisor.report.model.FindingView;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.RuleView;
import io.github.otpadvisor.report.model.SeverityCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The site page "OTP Advisor", drawn with the site's own skin: a summary, the findings per rule and per
 * application, the process modules worst first (each linked to its page written beside this one), the findings
 * by severity (each linked to its rule's page), the parse errors.
 * Text goes through {@link #text} only: module names and messages come from the analyzed code.
 */
final class SiteIndexRenderer extends AbstractMavenReportRenderer {
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private final ReportModel model;
    /** File name -> slug of its source page, for the files that have one. */
    private final Map<String, String> sourcePages;
    /** The pages' folder relative to this page, with a trailing slash ({@code otp-advisor/}). */
    private final String pages;

    SiteIndexRenderer(Sink sink, ReportModel model, Map<String, String> sourcePages, String pages) {
        super(sink);
        this.model = model;
        this.sourcePages = sourcePages;
        this.pages = pages;
    }

    @Override
    public String getTitle() {
        return "OTP Advisor";
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        summary();
        rules();
        applications();
        modules();
        findings();
        parseErrors();
        endSection();
    }

    private void summary() {
        SeverityCounts c = model.counts();
        sink.paragraph();
        text(model.filesAnalyzed() + " Elixir files analyzed by otp-advisor " + model.toolVersion() + ": "
                + model.modules().size() + " process modules, " + c.total() + " findings, "
                + model.parseFailures().size() + " files that do not parse. ");
        link(pages + "index.html", "All OTP Advisor pages");
        text(" (modules, applications and their supervision trees, rules).");
        sink.paragraph_();
        startTable();
        tableHeader(new String[] {"Severity", "Findings"});
        row("error", Integer.toString(c.error()));
        row("warning", Integer.toString(c.warning()));
        row("info", Integer.toString(c.info()));
        endTable();
    }

    /** How many findings each rule has, each linked to the page that explains it. */
    private void rules() {
        if (model.rules().isEmpty()) {
            return;
        }
        startSection("Rules");
        startTable();
        tableHeader(new String[] {"Rule", "What it finds", "Default severity", "Findings"});
        for (RuleView r : model.rules().stream().sorted(Comparator.comparing(RuleView::id)).toList()) {
            sink.tableRow();
            sink.tableCell();
            link(rulePage(r.id()), r.id());
            sink.tableCell_();
            cell(r.title());
            cell(r.defaultSeverity());
            cell(Integer.toString(r.findings()));
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    /** Each OTP application with its process modules, supervision trees and findings, linked to its page. */
    private void applications() {
        if (model.applications().isEmpty()) {
            return;
        }
        startSection("Applications");
        startTable();
        tableHeader(new String[] {"Application", "Process modules", "Supervision trees", "Findings"});
        for (ApplicationReport a : model.applications()) {
            sink.tableRow();
            sink.tableCell();
            link(pages + "apps/" + a.slug() + ".html", a.name());
            sink.tableCell_();
            cell(Integer.toString(a.modules().size()));
            cell(Integer.toString(a.trees().size()));
            cell(Integer.toString(a.findings()));
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    private void modules() {
        if (model.modules().isEmpty()) {
            return;
        }
        startSection("Process modules");
        paragraph("Each module's abstraction today, the abstraction and placement the decision framework "
                + "recommends, and how they compare; modules with the most serious findings first.");
        startTable();
        tableHeader(new String[] {"Module", "Application", "Today", "Recommendation", "Placement", "Verdict",
                "Findings"});
        List<ModuleReport> sorted = model.modules().stream()
                .sorted(Comparator.comparingInt(ModuleReport::severityRank).thenComparing(ModuleReport::name))
                .toList();
        for (ModuleReport m : sorted) {
            sink.tableRow();
            sink.tableCell();
            link(modulePage(m.slug()), m.name());
            sink.tableCell_();
            cell(m.app());
            cell(m.today());
            cell(m.recommendation() == null ? null : m.recommendation().pattern());
            cell(m.recommendation() == null || m.recommendation().placement() == null ? "-"
                    : m.recommendation().placement());
            cell(m.recommendation() == null ? null : m.recommendation().verdict());
            cell(m.findings().isEmpty() ? "0" : m.findings().size() + " (worst: " + m.worstSeverity() + ")");
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    /**
     * Findings by severity, then by file as maven-pmd-plugin lists them: the file's path heads its own narrow
     * table (Rule, Line, Message), so that long paths and module names never push the message off a laptop screen.
     */
    private void findings() {
        if (model.findings().isEmpty()) {
            return;
        }
        startSection("Findings");
        for (String severity : SEVERITIES) {
            List<FindingView> of = model.findings().stream().filter(f -> f.severity().equals(severity)).toList();
            if (of.isEmpty()) {
                continue;
            }
            startSection(severity + " (" + of.size() + ")", "findings-" + severity);
            Map<String, List<FindingView>> byFile = new LinkedHashMap<>();
            of.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
            byFile.forEach(this::fileFindings);
            endSection();
        }
        endSection();
    }

    private void fileFindings(String file, List<FindingView> findings) {
        sink.paragraph();
        sink.bold();
        String slug = sourcePages.get(file);
        if (slug == null) {
            text(file);
        } else {
            link(sourcePage(slug), file);
        }
        sink.bold_();
        sink.paragraph_();
        startTable();
        tableHeader(new String[] {"Rule", "Line", "Message"});
        for (FindingView f : findings) {
            sink.tableRow();
            sink.tableCell(); // the rule's title is in the Rules table and on its page: the id keeps this narrow
            link(rulePage(f.ruleId()), f.ruleId());
            sink.tableCell_();
            sink.tableCell();
            String where = f.line() + ":" + f.column();
            if (slug == null) {
                text(where);
            } else {
                link(sourcePage(slug) + "#L" + f.line(), where);
            }
            sink.tableCell_();
            sink.tableCell();
            if (f.module() != null) {
                if (f.moduleSlug() != null) {
                    link(modulePage(f.moduleSlug()), f.module());
                } else {
                    text(f.module());
                }
                text(": ");
            }
            text(f.message());
            sink.tableCell_();
            sink.tableRow_();
        }
        endTable();
    }

    private void parseErrors() {
        if (model.parseFailures().isEmpty()) {
            return;
        }
        startSection("Parse errors");
        paragraph("These files were not analyzed: they do not parse as Elixir.");
        startTable();
        tableHeader(new String[] {"File", "Line", "Column", "Message"});
        for (ParseFailure p : model.parseFailures()) {
            sink.tableRow();
            cell(p.file());
            cell(Integer.toString(p.line()));
            cell(Integer.toString(p.column()));
            cell(p.message());
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    private String rulePage(String id) {
        return pages + "rules/" + id + ".html";
    }

    private String sourcePage(String slug) {
        return pages + "source/" + slug + ".html";
    }

    private String modulePage(String slug) {
        return pages + "modules/" + slug + ".html";
    }

    private void row(String label, String value) {
        sink.tableRow();
        cell(label);
        cell(value);
        sink.tableRow_();
    }

    /**
     * A plain-text cell. The base class's {@code tableCell} reads {@code {text, url}} as a link, and
     * Elixir messages are full of braces.
     */
    private void cell(String value) {
        sink.tableCell();
        text(value);
        sink.tableCell_();
    }
}
