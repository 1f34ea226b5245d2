package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.output.OutputFolder;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.scan.ScanRequest;
import java.nio.file.Path;
import java.util.Set;

/**
 * A {@link RunRequest} that has been checked: every value parsed, every named file and folder found, the
 * baseline read. Only a plan can be run, so a configuration mistake always fails before minutes of analysis.
 */
public final class RunPlan {
    private final ScanRequest scan;
    private final AnalysisOptions options;
    private final Set<ReportFormat> formats;
    private final Path outputDirectory;
    private final Path templateDirectory;
    private final FailurePolicy policy;
    private final BaselineFiles.Loaded baseline;
    private final String toolVersion;
    private final RunRequest request;
    private final Path cacheDirectory;

    private RunPlan(ScanRequest scan, AnalysisOptions options, Set<ReportFormat> formats, Path outputDirectory,
                    Path templateDirectory, FailurePolicy policy, BaselineFiles.Loaded baseline, String toolVersion,
                    RunRequest request) {
        this.request = request;
        this.cacheDirectory = !request.analysisCache() ? null : request.analysisCacheLocation() != null
                ? SourceRoots.resolve(request.baseDir(), request.analysisCacheLocation()) : outputDirectory;
        this.scan = scan;
        this.options = options;
        this.formats = Set.copyOf(formats);
        this.outputDirectory = outputDirectory;
        this.templateDirectory = templateDirectory;
        this.policy = policy;
        this.baseline = baseline;
        this.toolVersion = toolVersion;
    }

    /**
     * Checks the request in a fixed order, so that with several mistakes the same one is reported each time:
     * what to do with the result (failure policy, formats, folders, baseline), then what to analyze.
     */
    public static RunPlan validate(RunRequest request) throws ConfigurationException {
        FailurePolicy policy = FailurePolicy.of(request.failOnSeverity(), request.maxAllowedFindings(),
                request.failOnParseError());
        Set<ReportFormat> formats = ReportFormats.parse(request.formats());
        Path out = request.outputDirectory() == null ? null
                : SourceRoots.resolve(request.baseDir(), request.outputDirectory());
        if (out == null && (formats.contains(ReportFormat.MD) || formats.contains(ReportFormat.HTML))) {
            throw new ConfigurationException(Setting.OUTPUT_DIRECTORY,
                    "needed by the md and html formats, which write folders");
        }
        Path file = out == null ? null : OutputFolder.fileInTheWay(out);
        if (file != null) {
            throw new ConfigurationException(Setting.OUTPUT_DIRECTORY, file + " is a file, not a folder");
        }
        Path templates = TemplateDirectory.check(request.baseDir(), request.templateDirectory());
        BaselineFiles.Loaded baseline = BaselineFiles.read(request);
        ScanRequest scan = SourceRoots.scan(request);
        if (request.maxFileBytes() < 1) {
            throw new ConfigurationException(Setting.MAX_FILE_BYTES, "must be at least 1, got "
                    + request.maxFileBytes());
        }
        AnalysisOptions options = RuleSeverities.toOptions(request.ruleSeverities(), request.maxFileBytes())
                .withIncludeTests(request.includeTests());
        return new RunPlan(scan, options, formats, out, templates, policy, baseline, request.toolVersion(),
                request);
    }

    /** What the user asked for, as given: for messages that name their own settings. */
    RunRequest request() {
        return request;
    }

    ScanRequest scan() {
        return scan;
    }

    AnalysisOptions options() {
        return options;
    }

    /** The baseline to apply, or null. */
    BaselineFiles.Loaded baseline() {
        return baseline;
    }

    /** The formats asked for; {@code text} is for the caller to print. */
    public Set<ReportFormat> formats() {
        return formats;
    }

    /** Where report files go, or null when none are written. */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** The user's templates, or null for the built-in ones. */
    public Path templateDirectory() {
        return templateDirectory;
    }

    public FailurePolicy policy() {
        return policy;
    }

    /** The folder of the facts cache, or null for none (switched off, or no output folder to keep it in). */
    public Path cacheDirectory() {
        return cacheDirectory;
    }

    public String toolVersion() {
        return toolVersion;
    }
}
