package io.github.otpadvisor.scan;

/** A path the scanner could not read or use, and why. */
public record ScanProblem(String path, String reason) {
    /** {@code path: reason}. */
    public String format() {
        return path + ": " + reason;
    }
}
