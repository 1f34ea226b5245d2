package io.github.otpadvisor.analysis;

import io.github.otpadvisor.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stable identities for findings, so that SARIF alerts and baselines do not churn. A fingerprint hashes
 * what the finding is about, not where it sits: the rule, the file (relative to the repository root, so that
 * moving the source roots keeps it), the module, the enclosing function and the text of the flagged line with
 * its whitespace collapsed, plus the count of earlier findings with the same key (two identical lines in one
 * function stay apart, and a copy of the line added in another function leaves this one alone). Line and
 * column numbers are left out on purpose, so lines added or removed above a finding keep its fingerprint;
 * changing the flagged line itself gives a new one.
 */
public final class Fingerprints {
    /** Version prefix: a change of the recipe must not silently match old baselines. */
    public static final String VERSION = "v2";

    private Fingerprints() {
    }

    /**
     * The findings with fingerprints assigned, in the same order. {@code lines} gives a file's lines
     * (relative path as in the finding), or an empty list when it cannot be read; {@code enclosing} the
     * {@code name/arity} of the function a finding sits in, or "".
     */
    public static List<Finding> assign(List<Finding> findings, Function<String, List<String>> lines,
                                       Function<Finding, String> enclosing) {
        Map<String, List<String>> cache = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<String> text = cache.computeIfAbsent(f.file(), lines);
            String line = f.line() >= 1 && f.line() <= text.size() ? normalize(text.get(f.line() - 1)) : "";
            String key = f.ruleId() + '\0' + f.file() + '\0' + (f.module() == null ? "" : f.module()) + '\0'
                    + enclosing.apply(f) + '\0' + line;
            int ordinal = seen.merge(key, 1, Integer::sum) - 1;
            out.add(f.withFingerprint(VERSION + ":" + sha256(key + '\0' + ordinal).substring(0, 32)));
        }
        return out;
    }

    /** Whitespace runs become one space and the ends are trimmed: re-indenting keeps the identity. */
    static String normalize(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
