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
        // "md,json" in one option as in the Maven property: the command line's --format takes both ways
        List<String> each = formats.stream().filter(java.util.Objects::nonNull)
                .flatMap(f -> java.util.Arrays.stream(f.split(",", -1))).toList();
        for (String f : each) {
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
