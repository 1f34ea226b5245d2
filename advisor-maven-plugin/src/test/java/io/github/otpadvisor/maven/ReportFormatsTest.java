package io.github.otpadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.otpadvisor.report.ReportFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {
    @Test
    void everyFileFormatCaseInsensitively() throws Exception {
        assertEquals(EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.MD, ReportFormat.HTML),
                ReportFormats.parse(List.of("json", " SARIF", "md", "Html", "json")));
    }

    @Test
    void blankEntriesAreIgnored() throws Exception {
        assertEquals(Set.of(), ReportFormats.parse(null));
        assertEquals(Set.of(), ReportFormats.parse(Arrays.asList("", null, " ")));
    }

    @Test
    void textIsTheConsoleNotAFileAndUnknownFormatsAreErrors() {
        for (String bad : List.of("text", "pdf")) {
            MojoExecutionException e =
                    assertThrows(MojoExecutionException.class, () -> ReportFormats.parse(List.of(bad)));
            assertEquals("formats: unknown format '" + bad + "'; expected json, sarif, md or html", e.getMessage());
        }
    }
}
