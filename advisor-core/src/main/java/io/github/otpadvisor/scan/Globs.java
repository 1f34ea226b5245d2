package io.github.otpadvisor.scan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/** Include/exclude globs over {@code /}-separated relative paths. */
final class Globs {
    private final List<PathMatcher> matchers = new ArrayList<>();

    Globs(List<String> patterns) {
        for (String pattern : patterns) {
            String p = pattern.trim().replace('\\', '/');
            if (p.isEmpty()) {
                continue;
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            // "**/x" should also match "x" at the top, as users of Ant-style globs expect.
            if (p.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p.substring(3)));
            }
        }
    }

    boolean isEmpty() {
        return matchers.isEmpty();
    }

    boolean matches(String relativePath) {
        Path path = Path.of(relativePath);
        for (PathMatcher m : matchers) {
            if (m.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
