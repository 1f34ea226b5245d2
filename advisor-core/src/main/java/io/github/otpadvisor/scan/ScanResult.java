package io.github.otpadvisor.scan;

import java.util.List;

/**
 * The files found, and the paths that could not be read, in a stable order.
 *
 * @param seen              how many Elixir files the walk met below the roots, selected by the patterns or not
 * @param unmatchedIncludes include patterns that matched no Elixir file below the roots (as given)
 * @param unmatchedExcludes exclude patterns that matched no Elixir file below the roots (as given)
 */
public record ScanResult(List<SourceFile> files, List<ScanProblem> problems, int seen, List<String> unmatchedIncludes,
                         List<String> unmatchedExcludes) {
    public ScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        unmatchedIncludes = List.copyOf(unmatchedIncludes);
        unmatchedExcludes = List.copyOf(unmatchedExcludes);
    }
}
