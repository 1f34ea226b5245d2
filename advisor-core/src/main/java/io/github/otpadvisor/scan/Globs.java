package io.github.otpadvisor.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Include/exclude globs over {@code /}-separated relative paths, matched as text (see {@link Glob}). Remembers
 * which patterns matched something, so that a pattern matching nothing (a typo, a moved folder) can be reported.
 */
final class Globs {
    private final List<Glob> globs = new ArrayList<>();
    /** For each glob, the index of the pattern it came from. */
    private final List<Integer> origin = new ArrayList<>();
    private final List<String> patterns;
    private final boolean[] used;

    Globs(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.used = new boolean[patterns.size()];
        for (int i = 0; i < patterns.size(); i++) {
            String p = Glob.normalize(patterns.get(i));
            if (p.isEmpty()) {
                used[i] = true; // an empty pattern selects nothing on purpose: not worth a warning
                continue;
            }
            add(Glob.compile(p), i);
            // "**/x" should also match "x" at the top, as users of Ant-style globs expect.
            if (p.startsWith("**/")) {
                add(Glob.compile(p.substring(3)), i);
            }
        }
    }

    private void add(Glob glob, int pattern) {
        globs.add(glob);
        origin.add(pattern);
    }

    boolean isEmpty() {
        return globs.isEmpty();
    }

    /** Whether any pattern matches; every pattern that does is marked used. */
    boolean matches(String relativePath) {
        boolean any = false;
        for (int i = 0; i < globs.size(); i++) {
            if (globs.get(i).matches(relativePath)) {
                used[origin.get(i)] = true;
                any = true;
            }
        }
        return any;
    }

    /** The patterns, as given, that matched no path so far. */
    List<String> unmatched() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (!used[i]) {
                out.add(patterns.get(i));
            }
        }
        return out;
    }
}
