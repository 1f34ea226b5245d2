package io.github.otpadvisor.maven;

import io.github.otpadvisor.run.AnalysisRun;
import io.github.otpadvisor.run.ReactorSarif;
import io.github.otpadvisor.run.RunException;
import io.github.otpadvisor.run.RunOutcome;
import io.github.otpadvisor.run.RunPlan;
import io.github.otpadvisor.run.Spelling;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Analyzes the Elixir sources for OTP architecture red flags and fails the build when findings reach
 * the threshold. Each finding is printed in compiler form, {@code [ERROR] lib/x.ex:12:3: [OTP004] message}
 * for those that count towards failing the build and {@code [WARNING]}/{@code [INFO]} for the others,
 * then a summary; the reports are written to {@code outputDirectory}. Runs without a POM too:
 * {@code mvn io.github.otpadvisor:otp-advisor-maven-plugin:<version>:analyze} in any folder.
 *
 * @since 0.1.0
 */
@Mojo(name = "analyze", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class AnalyzeMojo extends AbstractAnalysisMojo {
    /**
     * The lowest severity that fails the build: {@code error} (default), {@code warning}, {@code info},
     * or {@code none} (never fail on findings; they are still printed and reported).
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /**
     * How many findings at or above {@code failOnSeverity} are tolerated before the build fails: it
     * fails when there are more. Default {@code 0}; must be 0 or more.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.maxAllowedFindings", defaultValue = "0")
    private int maxAllowedFindings;

    /**
     * Whether a file that does not parse fails the build. Default {@code false}: such files are printed
     * as warnings with {@code file:line:column}, listed in the reports, and the other files are analyzed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.failOnParseError", defaultValue = "false")
    private boolean failOnParseError;

    /**
     * The baseline written by the {@code baseline} goal: findings recorded there (by stable fingerprint,
     * which survives lines moving) are neither printed, reported nor counted, so a legacy codebase fails
     * only on new red flags. Entries that no longer match are reported as info. Default:
     * <code>${project.basedir}/otp-advisor-baseline.json</code>, used when it exists; a file named here must exist.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.baselineFile")
    private File baselineFile;

    /**
     * The report files to write into {@code outputDirectory}: any of {@code json}
     * ({@code otp-advisor.json}), {@code sarif} ({@code otp-advisor.sarif}, for code-scanning uploads),
     * {@code md} ({@code md/}, an {@code otp-decision.md} per process module) and {@code html}
     * ({@code html/index.html} and its pages). Default: {@code json}. {@code text}, the findings one a line,
     * is the build log, always printed, so naming it changes nothing; an unknown format fails the goal with
     * the list of valid ones. Several values: comma-separated in the user property.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.formats", defaultValue = "json")
    private List<String> formats;

    /**
     * Where the reports are written. Default: <code>${project.build.directory}/otp-advisor</code>, that is
     * {@code target/otp-advisor} (also without a POM, below the current directory). It may be shared with
     * your files (even <code>${project.basedir}</code>): only reports that otp-advisor wrote are replaced,
     * and a folder or file of yours under a report's name fails the goal, naming it, before anything is
     * written. Builds writing into one folder take turns. Must not be a file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.outputDirectory")
    private File outputDirectory;

    /**
     * A folder of your own report templates that replace the built-in ones of the same name (md and
     * html formats). Default: none, the built-in templates. It must exist when set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.templateDirectory")
    private File templateDirectory;

    /**
     * Also write one SARIF file for the whole reactor ({@code aggregateSarifFile}), holding every module's findings
     * with paths relative to the repository root, for a single code-scanning upload. Each module's own reports
     * are written as usual. Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.aggregateSarif", defaultValue = "false")
    private boolean aggregateSarif;

    /**
     * Where {@code aggregateSarif} writes. Default: {@code otp-advisor-reactor.sarif} in the build directory of the
     * project the build was started on (the reactor's root), <code>target/otp-advisor-reactor.sarif</code>.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.aggregateSarifFile")
    private File aggregateSarifFile;

    @Override
    String goal() {
        return "analyze";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        RunPlan plan = plan(request()
                .formats(formats)
                .outputDirectory(outputDirectory == null ? buildDirectory().resolve("otp-advisor")
                        : outputDirectory.toPath())
                .templateDirectory(ProjectDirs.path(templateDirectory))
                .failOnSeverity(failOnSeverity)
                .maxAllowedFindings(maxAllowedFindings)
                .failOnParseError(failOnParseError)
                .baselineFile(ProjectDirs.path(baselineFile))
                .defaultBaseline(true)
                .build());
        RunOutcome outcome;
        try {
            outcome = AnalysisRun.run(plan, new LogProgress(getLog(), System::nanoTime));
        } catch (RunException e) {
            throw GoalErrors.of(e);
        }
        if (!sourcesToAnalyze(outcome.sources())) {
            return; // said why; nothing was analyzed or written, so there is nothing to fail on either
        }
        new ConsoleReport(getLog()).print(outcome, plan.policy(), basedir());
        if (aggregateSarif) {
            addToReactorSarif(outcome);
        }
        Optional<String> violation = plan.policy().violation(outcome, Spelling.PARAMETER);
        if (violation.isPresent()) {
            throw new MojoFailureException("OTP Advisor: " + violation.get());
        }
    }

    private void addToReactorSarif(RunOutcome outcome) throws MojoExecutionException {
        Path file = aggregateSarifFile != null ? aggregateSarifFile.toPath()
                : topLevelBuildDirectory().resolve("otp-advisor-reactor.sarif");
        ReactorSarif sarif = ReactorSarifs.of(session(), file, toolVersion());
        try {
            sarif.add(project().getId(), outcome.result());
        } catch (IOException e) {
            throw new MojoExecutionException("OTP Advisor: cannot write the reactor's SARIF file: " + e.getMessage(), e);
        }
        getLog().info("OTP Advisor reactor SARIF: " + ConsoleReport.shown(file, basedir()));
    }
}
