package io.github.otpadvisor.scan;

import java.util.List;

/** The files found, and the paths that could not be read, in a stable order. */
public record ScanResult(List<SourceFile> files, List<ScanProblem> problems) {
    public ScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
