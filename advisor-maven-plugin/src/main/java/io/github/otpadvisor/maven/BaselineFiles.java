package io.github.otpadvisor.maven;

import io.github.otpadvisor.baseline.Baseline;
import io.github.otpadvisor.baseline.BaselineException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Where the baseline lives: the configured file, or {@code otp-advisor-baseline.json} in the project's
 * base directory. {@code analyze} reads a configured file that must exist (a typo must not silently
 * drop the baseline) and the default one only when present (a project without a baseline is normal).
 */
final class BaselineFiles {
    static final String DEFAULT_NAME = "otp-advisor-baseline.json";

    private BaselineFiles() {
    }

    static Path location(File configured, Path basedir) {
        return configured == null ? basedir.resolve(DEFAULT_NAME) : basedir.resolve(configured.toPath()).normalize();
    }

    /** A baseline and the file it came from (the log names it). */
    record Loaded(Path file, Baseline baseline) {
    }

    static Optional<Loaded> read(File configured, Path basedir) throws MojoExecutionException {
        Path file = location(configured, basedir);
        if (!Files.exists(file)) {
            if (configured == null) {
                return Optional.empty();
            }
            throw new MojoExecutionException("baselineFile " + file
                    + " does not exist; record one with mvn otp-advisor:baseline");
        }
        try {
            return Optional.of(new Loaded(file, Baseline.read(file)));
        } catch (BaselineException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
