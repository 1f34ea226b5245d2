package io.github.otpadvisor.baseline;

import io.github.otpadvisor.rules.Finding;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding recorded in a baseline. Only {@code fingerprint} matches; the rule, file, module and
 * message are there so that a reviewer can read a baseline's diff (any of them may be null in a
 * hand-edited file).
 */
public record BaselineEntry(String fingerprint, String rule, String file, String module, String message) {
    /** The file's order: by file, rule, fingerprint, then the remaining fields so that ties cannot reorder. */
    static final Comparator<BaselineEntry> ORDER = Comparator
            .comparing(BaselineEntry::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(BaselineEntry::rule, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(BaselineEntry::fingerprint)
            .thenComparing(BaselineEntry::module, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(BaselineEntry::message, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    static BaselineEntry of(Finding f) {
        if (f.fingerprint() == null) {
            throw new IllegalArgumentException("finding without a fingerprint cannot be baselined: " + f.format());
        }
        return new BaselineEntry(f.fingerprint(), f.ruleId(), f.file(), f.module(), f.message());
    }
}
