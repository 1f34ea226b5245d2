package io.github.otpadvisor.maven;

import io.github.otpadvisor.console.ConsoleText;
import io.github.otpadvisor.report.ReportException;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.run.AnalysisRun;
import io.github.otpadvisor.run.ConfigurationException;
import io.github.otpadvisor.run.RunPlan;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "OTP Advisor" page of the Maven site, under "Project Reports": every process module with the
 * abstraction it uses today, the recommended one and the verdict, sorted by the severity of its
 * findings; the findings by severity; the files that do not parse. Beside it, in {@code otp-advisor/},
 * one page per module with its {@code otp-decision.md}, the applications with their supervision-tree
 * pictures, and the rules. The report shows every finding (no baseline) and never fails the build.
 * Not generated for a project without Elixir files.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {
    /** The page's file name, and the folder of the pages beside it. */
    static final String OUTPUT_NAME = "otp-advisor";

    /**
     * Skips the report; the build log says so.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The folders (or single files) to analyze, as for {@code analyze}. Default: the project's base
     * directory. Relative paths are resolved against it. Several values: comma-separated in the user property.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.sourceRoots")
    private List<File> sourceRoots;

    /**
     * Globs selecting files below a source root, as for {@code analyze}. Default: every Elixir file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.includes")
    private List<String> includes;

    /**
     * Globs of files to leave out, as for {@code analyze}. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.excludes")
    private List<String> excludes;

    /**
     * Per-rule severity or {@code off}, as for {@code analyze} ({@code <OTP004>warning</OTP004>}).
     * Configured in the POM only.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> ruleSeverities;

    /**
     * In a project that lists {@code <modules>}, leave the modules' folders out of its source roots
     * (each module reports on its own), as for {@code analyze}. Default: {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.excludeModuleDirectories", defaultValue = "true")
    private boolean excludeModuleDirectories;

    /**
     * A folder of your own page templates that replace the built-in ones of the same name. Default:
     * none, the built-in templates. It must exist when set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.templateDirectory")
    private File templateDirectory;

    /**
     * Analyze test code as production code too; see the {@code analyze} goal. Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.includeTests", defaultValue = "false")
    private boolean includeTests;

    /**
     * What paths in the report are relative to; see the {@code analyze} goal. Default: the nearest folder holding
     * {@code .git} at or above the top-level project, else its base directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.repositoryRoot")
    private File repositoryRoot;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return "OTP Advisor";
    }

    @Override
    public String getDescription(Locale locale) {
        return "OTP architecture red flags in the Elixir sources, and the abstraction each process module calls for.";
    }

    @Override
    public boolean canGenerateReport() throws MavenReportException {
        if (skip) {
            getLog().info("Skipping OTP Advisor report (otp-advisor.skip is true)");
            return false;
        }
        try {
            return AnalysisRun.hasSources(plan());
        } catch (RuntimeException | Error e) { // one line, not a dump that ends the build JVM
            throw internal(e);
        }
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        try {
            writeReport();
        } catch (RuntimeException | Error e) {
            throw internal(e);
        }
    }

    /** The goals' one-line internal error; the report API takes only an Exception as the cause. */
    private static MavenReportException internal(Throwable e) {
        MojoExecutionException error = GoalErrors.internal(e);
        return new MavenReportException(error.getMessage(), error);
    }

    private void writeReport() throws MavenReportException {
        Path pages = getReportOutputDirectory().toPath().resolve(OUTPUT_NAME);
        RunPlan plan = plan();
        try {
            ReportWriter.SiteReport site = ReportWriter.writeSite(AnalysisRun.analyze(plan), pages,
                    plan.templateDirectory(), plan.toolVersion());
            new SiteIndexRenderer(getSink(), site.model(), site.sourcePages(), OUTPUT_NAME + "/").render();
        } catch (ReportException e) {
            throw new MavenReportException(ConsoleText.line(e.getMessage()), e);
        } catch (IOException e) {
            throw new MavenReportException(
                    ConsoleText.line(pages + ": cannot write the OTP Advisor pages: " + e.getMessage()), e);
        }
    }

    /** Every finding, no baseline and no failure policy: the report informs, it never fails the build. */
    private RunPlan plan() throws MavenReportException {
        Path basedir = ProjectDirs.basedir(getProject(), session);
        try {
            return RunPlan.validate(AnalysisParameters.request(basedir, sourceRoots, includes, excludes,
                            ruleSeverities, getProject(), excludeModuleDirectories, plugin.getVersion())
                    .templateDirectory(ProjectDirs.path(templateDirectory))
                    .includeTests(includeTests)
                    .repositoryRoot(AnalysisParameters.repositoryRoot(repositoryRoot, session, basedir))
                    .build());
        } catch (ConfigurationException e) {
            MojoExecutionException error = GoalErrors.of(e);
            throw new MavenReportException(error.getMessage(), error);
        }
    }
}
