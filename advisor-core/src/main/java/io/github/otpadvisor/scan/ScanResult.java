package io.github.otpadvisor.scan;

import java.util.List;

/** The files found, and what could not be read (each a {@code path: reason} line), in a stable order. */
public record ScanResult(List<SourceFile> files, List<String> problems) {
    public ScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
