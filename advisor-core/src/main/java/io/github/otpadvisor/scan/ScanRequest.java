package io.github.otpadvisor.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * What to scan: roots, and optional include/exclude globs matched against the path below the root
 * ({@code lib/**}, {@code **}{@code /legacy/*.ex}). No includes means every Elixir file.
 */
public record ScanRequest(List<Path> roots, List<String> includes, List<String> excludes) {
    public ScanRequest {
        roots = List.copyOf(roots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    public static ScanRequest of(Path... roots) {
        return new ScanRequest(List.of(roots), List.of(), List.of());
    }
}
