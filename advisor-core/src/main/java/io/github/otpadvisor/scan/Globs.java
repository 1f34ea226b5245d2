package io.github.otpadvisor.scan;

import java.util.ArrayList;
import java.util.List;

/** Include/exclude globs over {@code /}-separated relative paths, matched as text (see {@link Glob}). */
final class Globs {
    private final List<Glob> globs = new ArrayList<>();

    Globs(List<String> patterns) {
        for (String pattern : patterns) {
            String p = Glob.normalize(pattern);
            if (p.isEmpty()) {
                continue;
            }
            globs.add(Glob.compile(p));
            // "**/x" should also match "x" at the top, as users of Ant-style globs expect.
            if (p.startsWith("**/")) {
                globs.add(Glob.compile(p.substring(3)));
            }
        }
    }

    boolean isEmpty() {
        return globs.isEmpty();
    }

    boolean matches(String relativePath) {
        for (Glob g : globs) {
            if (g.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }
}
