package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.rules.Severity;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSeveritiesTest {
    @Test
    void nothingConfiguredKeepsTheDefaults() throws Exception {
        AnalysisOptions o = RuleSeverities.toOptions(Map.of(), 1234);
        assertTrue(o.severities().isEmpty());
        assertTrue(o.disabled().isEmpty());
        assertEquals(1234, o.maxFileBytes());
    }

    @Test
    void raisesLowersAndSwitchesOff() throws Exception {
        AnalysisOptions o = RuleSeverities.toOptions(Map.of("OTP004", "warning", "OTP008", " ERROR ", "OTP001", "Off"),
                1);
        assertEquals(Map.of("OTP004", Severity.WARNING, "OTP008", Severity.ERROR), o.severities());
        assertEquals(Set.of("OTP001"), o.disabled());
    }

    @Test
    void anUnknownIdNamesTheValidOnes() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuleSeverities.toOptions(Map.of("OTP999", "warning"), 1));
        assertEquals(Setting.RULE_SEVERITIES, e.setting());
        assertEquals("unknown rule id 'OTP999'; valid ids are OTP001, OTP002, OTP003, OTP004, OTP005, "
                + "OTP006, OTP007, OTP008, OTP009, OTP010, OTP011, OTP012, OTP013, OTP014, OTP015, OTP016, OTP017, OTP018, OTP019", e.problem());
    }

    @Test
    void anUnknownLevelNamesTheValidOnes() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuleSeverities.toOptions(Map.of("OTP004", "fatal"), 1));
        assertEquals("ruleSeverities: unknown severity 'fatal' for OTP004; expected error, warning, info or off",
                e.message(Spelling.PARAMETER));
    }

    @Test
    void withSeveralMistakesTheFirstIdInOrderIsReported() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuleSeverities.toOptions(Map.of("OTP010", "fatal", "OTP002", "loud", "OTP009", "x"), 1));
        assertTrue(e.problem().contains("'loud' for OTP002"), e.problem());
    }
}
