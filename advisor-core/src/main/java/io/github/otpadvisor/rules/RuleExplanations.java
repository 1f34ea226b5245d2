package io.github.otpadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The Markdown explanation shipped beside the rules ({@code OTP004.md}): problem, runtime impact, refactoring, examples. */
public final class RuleExplanations {
    private RuleExplanations() {
    }

    /** The explanation of rule {@code id}, if shipped. */
    public static Optional<String> of(String id) {
        try (InputStream in = RuleExplanations.class.getResourceAsStream(id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
