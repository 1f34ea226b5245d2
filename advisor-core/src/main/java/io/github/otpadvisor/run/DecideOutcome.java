package io.github.otpadvisor.run;

import io.github.otpadvisor.decision.Decision;
import java.nio.file.Path;
import java.util.List;

/**
 * The decision for a planned feature.
 *
 * @param feature  the feature's name, trimmed
 * @param decision what the framework recommends, and which question decided
 * @param markdown the {@code otp-decision.md} text
 * @param file     where it was written, or null when it was not (the command line prints it)
 * @param warnings missing or contradictory answers, each naming the question to answer (also in the markdown)
 */
public record DecideOutcome(String feature, Decision decision, String markdown, Path file, List<String> warnings) {
    public DecideOutcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Without warnings. */
    public DecideOutcome(String feature, Decision decision, String markdown, Path file) {
        this(feature, decision, markdown, file, List.of());
    }
}
