package io.github.otpadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.rules.Severity;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class RuleSeveritiesTest {
    @Test
    void nothingConfiguredKeepsTheDefaults() throws Exception {
        AnalysisOptions o = RuleSeverities.toOptions(null);
        assertTrue(o.severities().isEmpty());
        assertTrue(o.disabled().isEmpty());
        assertEquals(ElixirFrontEnd.DEFAULT_MAX_FILE_BYTES, o.maxFileBytes());
    }

    @Test
    void raisesLowersAndSwitchesOff() throws Exception {
        AnalysisOptions o = RuleSeverities.toOptions(Map.of("OTP004", "warning", "OTP008", " ERROR ", "OTP001", "off"));
        assertEquals(Map.of("OTP004", Severity.WARNING, "OTP008", Severity.ERROR), o.severities());
        assertEquals(Set.of("OTP001"), o.disabled());
    }

    @Test
    void anUnknownIdNamesTheValidOnes() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> RuleSeverities.toOptions(Map.of("OTP999", "warning")));
        assertEquals("ruleSeverities: unknown rule id 'OTP999'; valid ids are OTP001, OTP002, OTP003, OTP004, OTP005, "
                + "OTP006, OTP007, OTP008, OTP009, OTP010", e.getMessage());
    }

    @Test
    void anUnknownLevelNamesTheValidOnes() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> RuleSeverities.toOptions(Map.of("OTP004", "fatal")));
        assertEquals("ruleSeverities: <OTP004>fatal</OTP004>: expected error, warning, info or off", e.getMessage());
    }
}
