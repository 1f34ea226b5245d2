package io.github.otpadvisor.maven;

import io.github.otpadvisor.report.ReportFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** Maps the {@code formats} parameter to the core's report formats. */
final class ReportFormats {
    private ReportFormats() {
    }

    static Set<ReportFormat> parse(List<String> formats) throws MojoExecutionException {
        Set<ReportFormat> parsed = EnumSet.noneOf(ReportFormat.class);
        for (String f : formats == null ? List.<String>of() : formats) {
            if (f == null || f.isBlank()) {
                continue; // "json,,sarif" or a trailing comma
            }
            ReportFormat format;
            try {
                format = ReportFormat.parse(f);
            } catch (IllegalArgumentException e) {
                format = null;
            }
            // Text is the console output, always printed; it is not a file format here.
            if (format == null || format == ReportFormat.TEXT) {
                throw new MojoExecutionException("formats: unknown format '" + f.trim()
                        + "'; expected json, sarif, md or html");
            }
            parsed.add(format);
        }
        return parsed;
    }
}
