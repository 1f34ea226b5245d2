package io.github.otpadvisor.scan;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A path the scanner could not read or use, and why. */
public record ScanProblem(String path, String reason) {
    /** {@code path: reason}. */
    public String format() {
        return path + ": " + reason;
    }

    /** "cannot read: " and the system's reason, without the path it repeats. */
    static ScanProblem cannotRead(Path path, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return new ScanProblem(path.toString(), "cannot read: " + why);
    }
}
