package io.github.otpadvisor.rules;

import java.util.Locale;

/** How serious a finding is; {@code error} fails a build by default. Ordered from least to most serious. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** The lower-case name used in output and configuration ({@code "warning"}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code info}, {@code warning} or {@code error}, case-insensitively. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': expected info, warning or error");
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    @Override
    public String toString() {
        return label();
    }
}
