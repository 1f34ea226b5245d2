package io.github.otpadvisor.run;

import java.nio.file.Path;

/**
 * What a baseline did to one analysis.
 *
 * @param file      the baseline file read
 * @param baselined findings it matched (neither shown, reported nor counted)
 * @param stale     entries that matched no finding any more
 * @param outdated  entries recorded by an older otp-advisor, whose fingerprints cannot match (among the stale)
 */
public record BaselineOutcome(Path file, int baselined, int stale, int outdated) {
    /** What to tell the user when the baseline is from an older otp-advisor, or null. */
    public String outdatedWarning() {
        return outdated == 0 ? null : file + ": " + outdated + (outdated == 1 ? " entry was" : " entries were")
                + " recorded by an older otp-advisor (fingerprint v1) and match no finding now, so the findings"
                + " they hid count again; record the baseline again (mvn otp-advisor:baseline)";
    }
}
