package io.github.otpadvisor.report;

import java.nio.file.Path;
import java.util.Set;

/**
 * Where and how to write reports.
 *
 * @param formats           the formats to write (text is ignored here: it is printed by the caller)
 * @param outputDirectory   where they go; nothing is written outside it
 * @param templateDirectory a folder of the user's own templates that replace built-in ones by name, or null
 * @param toolVersion       the version stamped into the reports
 */
public record ReportSettings(Set<ReportFormat> formats, Path outputDirectory, Path templateDirectory,
                             String toolVersion) {
    public ReportSettings {
        formats = Set.copyOf(formats);
    }
}
