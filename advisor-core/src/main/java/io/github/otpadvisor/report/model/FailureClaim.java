package io.github.otpadvisor.report.model;

import java.util.List;

/**
 * One line of "what a crash costs" in the section "Supervision Tree" (RULEBOOK §5, section 6; the seed's
 * "What happens if this process crashes?" and "What restart strategy?").
 *
 * @param topic    {@code Restart}, {@code State lost}, {@code Shutdown}, {@code Ordering} or {@code Mailbox}
 * @param text     the claim, one or two sentences
 * @param evidence the {@code file:line} places it stands on, strongest first; empty only for a planned feature
 */
public record FailureClaim(String topic, String text, List<String> evidence) {
    public FailureClaim {
        evidence = List.copyOf(evidence);
    }
}
