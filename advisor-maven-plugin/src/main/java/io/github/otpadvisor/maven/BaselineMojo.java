package io.github.otpadvisor.maven;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.baseline.Baseline;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records today's findings, by their stable fingerprints, in a baseline file that {@code analyze} then
 * honours: a legacy codebase fails only on new red flags. Run it again to accept the current state
 * (fixed findings drop out). Uses the same sources and rule settings as {@code analyze}.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractAnalysisMojo {
    /**
     * The baseline file to write (replaced if it exists). Default:
     * <code>${project.basedir}/otp-advisor-baseline.json</code>, where {@code analyze} looks for it; commit it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.baselineFile")
    private File baselineFile;

    @Override
    String goal() {
        return "baseline";
    }

    @Override
    void run() throws MojoExecutionException {
        AnalysisResult result = analyze();
        Path file = BaselineFiles.location(baselineFile, basedir());
        try {
            Baseline.of(result.findings()).write(file);
        } catch (IOException e) {
            throw new MojoExecutionException(file + ": cannot write the baseline: " + e.getMessage(), e);
        }
        int n = result.findings().size();
        getLog().info("OTP Advisor: recorded " + n + (n == 1 ? " finding" : " findings") + " in "
                + ConsoleReport.shown(file, basedir()) + "; analyze now fails only on new ones");
    }
}
