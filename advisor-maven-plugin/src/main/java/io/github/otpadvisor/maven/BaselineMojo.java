package io.github.otpadvisor.maven;

import io.github.otpadvisor.run.AnalysisRun;
import io.github.otpadvisor.run.BaselineFiles;
import io.github.otpadvisor.run.BaselineRecorder;
import io.github.otpadvisor.run.RunException;
import io.github.otpadvisor.run.RunPlan;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
    void run() throws MojoExecutionException, MojoFailureException {
        // The plan applies no baseline: the one being replaced must not hide what it records.
        RunPlan plan = plan(request().build());
        if (!sourcesToAnalyze(AnalysisRun.sources(plan))) {
            return; // an empty baseline written here would replace a real one
        }
        BaselineRecorder.Recorded recorded;
        try {
            recorded = BaselineRecorder.record(plan,
                    BaselineFiles.location(ProjectDirs.path(baselineFile), basedir()));
        } catch (RunException e) {
            throw GoalErrors.of(e);
        }
        int n = recorded.findings();
        getLog().info("OTP Advisor: recorded " + n + (n == 1 ? " finding" : " findings") + " in "
                + ConsoleReport.shown(recorded.file(), basedir()) + "; analyze now fails only on new ones");
    }
}
