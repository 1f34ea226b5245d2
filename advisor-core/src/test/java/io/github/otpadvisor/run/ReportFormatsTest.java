package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.otpadvisor.report.ReportFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {
    @Test
    void everyFormatCaseInsensitively() throws Exception {
        assertEquals(EnumSet.allOf(ReportFormat.class),
                ReportFormats.parse(List.of("json", " SARIF", "md", "Html", "json", "text")));
    }

    @Test
    void oneOptionMayListSeveralSeparatedByCommas() throws Exception {
        assertEquals(EnumSet.of(ReportFormat.MD, ReportFormat.JSON, ReportFormat.SARIF),
                ReportFormats.parse(List.of("md,json", "sarif,")));
        ConfigurationException e =
                assertThrows(ConfigurationException.class, () -> ReportFormats.parse(List.of("md,pdf")));
        assertEquals("--format: unknown format 'pdf'; expected text, json, sarif, md or html",
                e.message(Spelling.OPTION));
    }

    @Test
    void blankEntriesAreIgnored() throws Exception {
        assertEquals(Set.of(), ReportFormats.parse(List.of()));
        assertEquals(Set.of(), ReportFormats.parse(Arrays.asList("", null, " ")));
    }

    @Test
    void anUnknownFormatNamesTheValidOnes() {
        ConfigurationException e =
                assertThrows(ConfigurationException.class, () -> ReportFormats.parse(List.of("json", " pdf")));
        assertEquals("formats: unknown format 'pdf'; expected text, json, sarif, md or html",
                e.message(Spelling.PARAMETER));
        assertEquals("--format: unknown format 'pdf'; expected text, json, sarif, md or html",
                e.message(Spelling.OPTION));
    }
}
