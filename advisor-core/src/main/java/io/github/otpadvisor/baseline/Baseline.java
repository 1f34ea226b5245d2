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
 * flags. A baseline file records each finding's fingerprint with its rule, file, module and message
 * for reviewers; read back, only the fingerprints are kept, since they alone match (a fingerprint
 * survives lines moving, see {@code Fingerprints}). The match is a multiset: an entry recorded once
 * hides one finding, so a second copy of a flagged line still shows.
 */
public final class Baseline {
    public static final int SCHEMA_VERSION = 1;
    public static final String TOOL = "otp-advisor";

    private static final JsonStamp OURS = JsonStamp.of(TOOL, "tool");

    /** Fingerprints otp-advisor wrote before the current recipe: they can match no finding now. */
    private static final java.util.regex.Pattern OUTDATED = java.util.regex.Pattern.compile("v1:[0-9a-f]{32}");

    private final FingerprintMultiset fingerprints;
    private final int outdated;

    /** The outcome of {@link #apply}: findings still reported, findings hidden, and entries that matched nothing. */
    public record Applied(List<Finding> kept, List<Finding> baselined, int stale) {
        public Applied {
            kept = List.copyOf(kept);
            baselined = List.copyOf(baselined);
        }
    }

    private Baseline(FingerprintMultiset fingerprints, int outdated) {
        this.fingerprints = fingerprints;
        this.outdated = outdated;
    }

    /** A baseline recording these findings; each needs its fingerprint (the analysis assigns them). */
    public static Baseline of(List<Finding> findings) {
        FingerprintMultiset fingerprints = new FingerprintMultiset();
        findings.forEach(f -> fingerprints.add(BaselineEntry.of(f).fingerprint()));
        return new Baseline(fingerprints, 0);
    }

    /**
     * Reads a baseline file streaming: memory grows with its distinct fingerprints (20 bytes each in the
     * form otp-advisor writes), not with the file's size. One with more entries than the heap holds is
     * refused with a message, not a crash.
     */
    public static Baseline read(Path path) throws BaselineException {
        FingerprintMultiset fingerprints = new FingerprintMultiset();
        int[] outdated = {0};
        try {
            BaselineReader.read(path, fingerprint -> {
                fingerprints.add(fingerprint);
                if (OUTDATED.matcher(fingerprint).matches()) {
                    outdated[0]++;
                }
            });
        } catch (OutOfMemoryError e) { // the multiset's own arrays: unreachable once this frame is left
            int entries = fingerprints.size();
            throw new BaselineException("baseline " + path + " has more entries than this JVM's heap holds (over "
                    + entries + "); give it more memory (-Xmx) or record a new baseline", e);
        }
        return new Baseline(fingerprints, outdated[0]);
    }

    /** The file's text for these findings, in file order (by file, rule, fingerprint): same findings, same bytes. */
    public static String toJson(List<Finding> findings) {
        List<BaselineEntry> entries = new ArrayList<>(findings.stream().map(BaselineEntry::of).toList());
        entries.sort(BaselineEntry.ORDER);
        return BaselineWriter.render(entries);
    }

    /**
     * Writes the file atomically: a concurrent reader sees the old baseline or the new one. A file already
     * there is replaced only if it is a baseline ({@code "tool": "otp-advisor"}), never a file of someone else.
     */
    public static void write(Path path, List<Finding> findings) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !OURS.test(path)) {
            throw new OutputRefusedException(path + ": not a baseline of otp-advisor (it has no \"tool\": \""
                    + TOOL + "\"), and otp-advisor replaces only its own; move it away or name another baseline file");
        }
        AtomicFiles.write(path, toJson(findings));
    }

    /**
     * Entries recorded by an otp-advisor before version 2 of the fingerprint (which follows the repository
     * root and the enclosing function): they match nothing, and the baseline must be recorded again.
     */
    public int outdated() {
        return outdated;
    }

    /** How many findings it records, repeats included. */
    public int size() {
        return fingerprints.size();
    }

    /** Splits {@code findings} (order kept) into new ones and recorded ones; a finding without fingerprint is new. */
    public Applied apply(List<Finding> findings) {
        Map<String, Integer> used = new HashMap<>(); // per fingerprint, how many recorded entries are taken
        List<Finding> kept = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding f : findings) {
            String fingerprint = f.fingerprint();
            if (fingerprint != null && used.getOrDefault(fingerprint, 0) < fingerprints.count(fingerprint)) {
                used.merge(fingerprint, 1, Integer::sum);
                baselined.add(f);
            } else {
                kept.add(f);
            }
        }
        return new Applied(kept, baselined, fingerprints.size() - baselined.size());
    }
}
