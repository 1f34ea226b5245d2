package io.github.otpadvisor.run;

import io.github.otpadvisor.baseline.Baseline;
import io.github.otpadvisor.baseline.BaselineException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the baseline lives: a file the user names, or {@code otp-advisor-baseline.json} in the base
 * directory. A named file must exist (a typo must not silently drop the baseline); the default one is
 * used only when present (a project without a baseline is normal).
 */
public final class BaselineFiles {
    /** The file the Maven {@code baseline} goal writes and {@code analyze} reads by default. */
    public static final String DEFAULT_NAME = "otp-advisor-baseline.json";

    private BaselineFiles() {
    }

    /** The named file (relative to the base directory), or the default location when none is named. */
    public static Path location(Path named, Path baseDir) {
        return named == null ? baseDir.resolve(DEFAULT_NAME) : SourceRoots.resolve(baseDir, named);
    }

    /** A baseline and the file it came from (the output names it). */
    record Loaded(Path file, Baseline baseline) {
    }

    /** The baseline the request asks for, or null when there is none to apply. */
    static Loaded read(RunRequest request) throws ConfigurationException {
        if (request.baselineFile() == null && !request.defaultBaseline()) {
            return null;
        }
        Path file = location(request.baselineFile(), request.baseDir());
        if (!Files.exists(file)) {
            if (request.baselineFile() == null) {
                return null;
            }
            throw new ConfigurationException(Setting.BASELINE_FILE,
                    file + " does not exist; record one with mvn otp-advisor:baseline");
        }
        try {
            return new Loaded(file, Baseline.read(file));
        } catch (BaselineException e) {
            throw ConfigurationException.inFile(e.getMessage());
        }
    }
}
