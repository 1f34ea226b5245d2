package io.github.otpadvisor.report;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.decision.Answers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one call that writes reports: the CLI and the Maven goals hand it an analysis and settings.
 * (Being filled in: md, html, sarif and the site pages are under construction.)
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes every requested format under the output directory; returns the files and folders written. */
    public static List<Path> write(AnalysisResult result, ReportSettings settings) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (!settings.formats().contains(f) || f == ReportFormat.TEXT) {
                continue;
            }
            Path target = settings.outputDirectory().resolve(f.output());
            switch (f) {
                case JSON -> AtomicFiles.write(target, JsonReport.render(result, settings.toolVersion()));
                default -> throw new UnsupportedOperationException(f.id() + " is under construction");
            }
            written.add(target);
        }
        return written;
    }

    /**
     * The pages for a Maven site: the HTML pages (modules/, apps/, rules/, trees/, style.css, index.html)
     * and each module's {@code modules/<slug>/otp-decision.md}, written into {@code dir}.
     */
    public static List<Path> writeSite(AnalysisResult result, Path dir, Path templateDirectory, String toolVersion)
            throws IOException {
        throw new UnsupportedOperationException("under construction");
    }

    /** The seed's {@code otp-decision.md} for a planned feature, from a person's answers (no code involved). */
    public static String renderFeatureDecision(String feature, Answers answers, Path templateDirectory)
            throws IOException {
        throw new UnsupportedOperationException("under construction");
    }
}
