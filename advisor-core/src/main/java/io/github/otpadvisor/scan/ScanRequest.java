package io.github.otpadvisor.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * What to scan: roots, and optional include/exclude globs matched against the path below the root
 * ({@code lib/**}, {@code **}{@code /legacy/*.ex}). No includes means every Elixir file.
 * {@code skipToolDirectories} keeps dependency and build folders out (analysis); the {@code ast}
 * and {@code bench} commands read every file they are pointed at. {@code leftToOthers} are globs of folders
 * another run analyzes (a reactor's modules): never read here, and not counted as files the patterns left out.
 * {@code repositoryRoot}, when known, is what output paths are relative to ({@link SourceFile#displayPath}).
 */
public record ScanRequest(List<Path> roots, List<String> includes, List<String> excludes,
                          boolean skipToolDirectories, List<String> leftToOthers, Path repositoryRoot) {
    public ScanRequest {
        roots = List.copyOf(roots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        leftToOthers = List.copyOf(leftToOthers);
    }

    public ScanRequest(List<Path> roots, List<String> includes, List<String> excludes, boolean skipToolDirectories,
                       List<String> leftToOthers) {
        this(roots, includes, excludes, skipToolDirectories, leftToOthers, null);
    }

    public ScanRequest(List<Path> roots, List<String> includes, List<String> excludes, boolean skipToolDirectories) {
        this(roots, includes, excludes, skipToolDirectories, List.of());
    }

    /** A request that skips dependency, build and tool folders. */
    public ScanRequest(List<Path> roots, List<String> includes, List<String> excludes) {
        this(roots, includes, excludes, true);
    }

    public static ScanRequest of(Path... roots) {
        return new ScanRequest(List.of(roots), List.of(), List.of());
    }

    /** Every Elixir file below the roots, dependency and build folders included. */
    public static ScanRequest everything(Path... roots) {
        return new ScanRequest(List.of(roots), List.of(), List.of(), false);
    }
}
