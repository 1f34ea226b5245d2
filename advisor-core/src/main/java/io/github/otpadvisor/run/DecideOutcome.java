package io.github.otpadvisor.run;

import io.github.otpadvisor.decision.Decision;
import java.nio.file.Path;

/**
 * The decision for a planned feature.
 *
 * @param feature  the feature's name, trimmed
 * @param decision what the framework recommends, and which question decided
 * @param markdown the {@code otp-decision.md} text
 * @param file     where it was written, or null when it was not (the command line prints it)
 */
public record DecideOutcome(String feature, Decision decision, String markdown, Path file) {
}
