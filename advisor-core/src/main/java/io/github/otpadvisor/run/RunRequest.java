package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to analyze and what to do with the result, as the user gave it: nothing is checked here, the
 * values are the user's words ({@code "fatal"} stays a string) so that {@link RunPlan#validate} can name
 * them in its messages. Relative paths are relative to {@code baseDir}. Build one with {@link #builder}.
 *
 * @param baseDir             the project's folder (the current directory for the command line)
 * @param sourceRoots         folders or single files to analyze; none means {@code baseDir}
 * @param includes            globs below a root; none means every Elixir file
 * @param excludes            globs below a root of files never read
 * @param excludedDirectories folders below the roots left to someone else (a reactor's modules)
 * @param ruleSeverities      rule id -> {@code error}, {@code warning}, {@code info} or {@code off}
 * @param maxFileBytes        larger files are reported and skipped
 * @param formats             report format ids ({@code text} is the console)
 * @param outputDirectory     where report files go; null writes none (the command line prints json and sarif)
 * @param templateDirectory   the user's own templates, or null for the built-in ones
 * @param failOnSeverity      {@code error}, {@code warning}, {@code info} or {@code none}; null means error
 * @param maxAllowedFindings  counted findings tolerated before the run fails
 * @param failOnParseError    whether a file that does not parse fails the run
 * @param baselineFile        a baseline the user named (it must exist), or null
 * @param defaultBaseline     without a named one, apply {@code baseDir/otp-advisor-baseline.json} if it exists
 * @param toolVersion         stamped into the reports
 * @param repositoryRoot      what output paths are relative to; null finds it from {@code baseDir}
 *                            ({@link RepositoryRoot#find})
 * @param includeTests        analyze files under {@code test/} as production code too (by default they are
 *                            test code, checked by the test rules only)
 * @param analysisCache       keep per-file facts between runs, so unchanged files are not parsed again
 * @param analysisCacheLocation the folder of the cache, or null for the output folder (no cache without one)
 */
public record RunRequest(Path baseDir, List<Path> sourceRoots, List<String> includes, List<String> excludes,
                         List<Path> excludedDirectories, Map<String, String> ruleSeverities, long maxFileBytes,
                         List<String> formats, Path outputDirectory, Path templateDirectory, String failOnSeverity,
                         long maxAllowedFindings, boolean failOnParseError, Path baselineFile,
                         boolean defaultBaseline, String toolVersion, Path repositoryRoot, boolean includeTests,
                         boolean analysisCache, Path analysisCacheLocation) {
    public RunRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        sourceRoots = List.copyOf(sourceRoots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        excludedDirectories = List.copyOf(excludedDirectories);
        ruleSeverities = Map.copyOf(ruleSeverities);
        formats = List.copyOf(formats);
    }

    /** Everything at its default: the whole base directory, default severities, no reports, fail on errors. */
    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** Fluent construction; a null list or map (an unset Maven parameter) means none, null elements are dropped. */
    public static final class Builder {
        private final Path baseDir;
        private final List<Path> sourceRoots = new ArrayList<>();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private final List<Path> excludedDirectories = new ArrayList<>();
        private final Map<String, String> ruleSeverities = new LinkedHashMap<>();
        private long maxFileBytes = AnalysisOptions.defaults().maxFileBytes();
        private final List<String> formats = new ArrayList<>();
        private Path outputDirectory;
        private Path templateDirectory;
        private String failOnSeverity = "error";
        private long maxAllowedFindings;
        private boolean failOnParseError;
        private Path baselineFile;
        private boolean defaultBaseline;
        private String toolVersion = "dev";
        private Path repositoryRoot;
        private boolean includeTests;
        private boolean analysisCache = true;
        private Path analysisCacheLocation;

        private Builder(Path baseDir) {
            this.baseDir = baseDir;
        }

        public Builder sourceRoots(List<Path> v) {
            addAll(sourceRoots, v);
            return this;
        }

        public Builder includes(List<String> v) {
            addAll(includes, v);
            return this;
        }

        public Builder excludes(List<String> v) {
            addAll(excludes, v);
            return this;
        }

        public Builder excludedDirectories(List<Path> v) {
            addAll(excludedDirectories, v);
            return this;
        }

        /** Later values for the same rule replace earlier ones; an empty element ({@code <OTP004/>}) is "". */
        public Builder ruleSeverities(Map<String, String> v) {
            if (v != null) {
                v.forEach((id, level) -> ruleSeverities.put(id, level == null ? "" : level));
            }
            return this;
        }

        public Builder maxFileBytes(long v) {
            maxFileBytes = v;
            return this;
        }

        public Builder formats(List<String> v) {
            addAll(formats, v);
            return this;
        }

        public Builder outputDirectory(Path v) {
            outputDirectory = v;
            return this;
        }

        public Builder templateDirectory(Path v) {
            templateDirectory = v;
            return this;
        }

        public Builder failOnSeverity(String v) {
            failOnSeverity = v;
            return this;
        }

        public Builder maxAllowedFindings(long v) {
            maxAllowedFindings = v;
            return this;
        }

        public Builder failOnParseError(boolean v) {
            failOnParseError = v;
            return this;
        }

        public Builder baselineFile(Path v) {
            baselineFile = v;
            return this;
        }

        public Builder defaultBaseline(boolean v) {
            defaultBaseline = v;
            return this;
        }

        public Builder toolVersion(String v) {
            toolVersion = v;
            return this;
        }

        public Builder repositoryRoot(Path v) {
            repositoryRoot = v;
            return this;
        }

        public Builder includeTests(boolean v) {
            includeTests = v;
            return this;
        }

        public Builder analysisCache(boolean v) {
            analysisCache = v;
            return this;
        }

        public Builder analysisCacheLocation(Path v) {
            analysisCacheLocation = v;
            return this;
        }

        public RunRequest build() {
            return new RunRequest(baseDir, sourceRoots, includes, excludes, excludedDirectories, ruleSeverities,
                    maxFileBytes, formats, outputDirectory, templateDirectory, failOnSeverity, maxAllowedFindings,
                    failOnParseError, baselineFile, defaultBaseline, toolVersion, repositoryRoot, includeTests,
                    analysisCache, analysisCacheLocation);
        }

        private static <T> void addAll(List<T> to, List<T> values) {
            if (values != null) {
                values.stream().filter(Objects::nonNull).forEach(to::add);
            }
        }
    }
}
