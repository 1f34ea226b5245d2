package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeatureSlugTest {
    @Test
    void lowerCaseWordsJoinedByHyphens() {
        assertEquals("user-sessions", FeatureSlug.of("User sessions"));
        assertEquals("rate-limiter-api", FeatureSlug.of("  Rate limiter (API)! "));
        assertEquals("caf-menu", FeatureSlug.of("Café menu"));
        assertEquals("feature", FeatureSlug.of("???"));
        assertEquals(60, FeatureSlug.of("x".repeat(80)).length());
    }

    @Test
    void aSlugGivenByHandStaysOneFolder() {
        assertTrue(FeatureSlug.isValid("user-sessions_v2.1"));
        assertFalse(FeatureSlug.isValid("../escape"));
        assertFalse(FeatureSlug.isValid("a/b"));
        assertFalse(FeatureSlug.isValid(".hidden"));
        assertFalse(FeatureSlug.isValid("a..b"));
    }
}
