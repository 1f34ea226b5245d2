package io.github.otpadvisor.run;

import io.github.otpadvisor.report.ReportFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The formats as the user names them. {@code text} is the findings on the console: the command line prints
 * it when asked, the Maven goals always do, so naming it there changes nothing.
 */
final class ReportFormats {
    private ReportFormats() {
    }

    static Set<ReportFormat> parse(List<String> formats) throws ConfigurationException {
        Set<ReportFormat> parsed = EnumSet.noneOf(ReportFormat.class);
        for (String f : formats) {
            if (f == null || f.isBlank()) {
                continue; // "json,,sarif" or a trailing comma
            }
            try {
                parsed.add(ReportFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(Setting.FORMATS, "unknown format '" + f.trim() + "'; expected "
                        + Words.or(EnumSet.allOf(ReportFormat.class).stream().map(ReportFormat::id).toList()));
            }
        }
        return parsed;
    }
}
