package io.github.otpadvisor.baseline;

import io.github.otpadvisor.output.AtomicFiles;
import io.github.otpadvisor.output.JsonStamp;
import io.github.otpadvisor.output.OutputRefusedException;
import io.github.otpadvisor.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a codebase had when it adopted otp-advisor, so that a build fails only on new red
 * flags. Findings match entries by fingerprint alone (it survives lines moving, see
 * {@code Fingerprints}); the match is a multiset: an entry recorded once hides one finding, so a
 * second copy of a flagged line still shows.
 */
public final class Baseline {
    public static final int SCHEMA_VERSION = 1;
    public static final String TOOL = "otp-advisor";

    private static final JsonStamp OURS = JsonStamp.of(TOOL, "tool");

    private final List<BaselineEntry> entries;

    /** The outcome of {@link #apply}: findings still reported, findings hidden, and entries that matched nothing. */
    public record Applied(List<Finding> kept, List<Finding> baselined, int stale) {
        public Applied {
            kept = List.copyOf(kept);
            baselined = List.copyOf(baselined);
        }
    }

    Baseline(List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(BaselineEntry.ORDER);
        this.entries = List.copyOf(sorted);
    }

    /** A baseline recording these findings; each needs its fingerprint (the analysis assigns them). */
    public static Baseline of(List<Finding> findings) {
        return new Baseline(findings.stream().map(BaselineEntry::of).toList());
    }

    public static Baseline read(Path path) throws BaselineException {
        return new Baseline(BaselineReader.read(path));
    }

    /** The entries in file order: by file, rule, fingerprint. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    /** The file's text; the same baseline always gives the same bytes. */
    public String toJson() {
        return BaselineWriter.render(entries);
    }

    /**
     * Writes the file atomically: a concurrent reader sees the old baseline or the new one. A file already
     * there is replaced only if it is a baseline ({@code "tool": "otp-advisor"}), never a file of someone else.
     */
    public void write(Path path) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !OURS.test(path)) {
            throw new OutputRefusedException(path + ": not a baseline of otp-advisor (it has no \"tool\": \""
                    + TOOL + "\"), and otp-advisor replaces only its own; move it away or name another baseline file");
        }
        AtomicFiles.write(path, toJson());
    }

    /** Splits {@code findings} (order kept) into new ones and recorded ones; a finding without fingerprint is new. */
    public Applied apply(List<Finding> findings) {
        Map<String, Integer> remaining = new HashMap<>();
        for (BaselineEntry e : entries) {
            remaining.merge(e.fingerprint(), 1, Integer::sum);
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding f : findings) {
            Integer left = f.fingerprint() == null ? null : remaining.get(f.fingerprint());
            if (left != null && left > 0) {
                remaining.put(f.fingerprint(), left - 1);
                baselined.add(f);
            } else {
                kept.add(f);
            }
        }
        int stale = remaining.values().stream().mapToInt(Integer::intValue).sum();
        return new Applied(kept, baselined, stale);
    }
}
