package io.github.otpadvisor.maven;

import io.github.otpadvisor.run.ConfigurationException;
import io.github.otpadvisor.run.RunPlan;
import io.github.otpadvisor.run.RunRequest;
import io.github.otpadvisor.run.SourceCheck;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.internal.LifecycleExecutionPlanCalculator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal that analyzes code shares (which files, which rules), the skip check, and
 * the request to the run layer they make. Subclasses add their own parameters and call the run. An
 * internal error of the run fails the goal with one line ({@link GoalErrors#internal}).
 */
abstract class AbstractAnalysisMojo extends AbstractMojo {
    /**
     * Skips the goal; the build log says so.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The folders (or single {@code .ex}/{@code .exs} files) to analyze. Default: the project's base
     * directory (without a POM, the current directory). Every Elixir file below them is found wherever
     * Mix projects sit in a polyglot repository, umbrella apps included; {@code deps/}, {@code _build/},
     * {@code node_modules/}, {@code .elixir_ls/}, {@code cover/}, {@code .git/} and Maven {@code target/}
     * folders are never entered. Findings name files relative to the repository root ({@code repositoryRoot}).
     * Relative paths are resolved
     * against the base directory; a root that does not exist is an error. Several values: comma-separated
     * in the user property.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.sourceRoots")
    private List<File> sourceRoots;

    /**
     * Globs selecting files below a source root, matched against the path relative to it
     * ({@code lib/**}, {@code apps/*}{@code /lib/**}); {@code **}{@code /x} also matches {@code x} at the
     * top. Default: none, meaning every Elixir file. Several values: comma-separated in the user property.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.includes")
    private List<String> includes;

    /**
     * Globs of files to leave out, same syntax as {@code includes} ({@code **}{@code /legacy/**}; for every
     * test tree, umbrella apps' too, {@code **}{@code /test/**}). An excluded file is never read. Test code is
     * not analyzed as production code anyway unless {@code includeTests} is set: only the test rules report in it.
     * Default: none. Several values: comma-separated in the user property, which replaces the POM's list (it does
     * not add to it).
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.excludes")
    private List<String> excludes;

    /**
     * Per-rule severity, raised, lowered or switched off: {@code <OTP004>warning</OTP004>},
     * {@code <OTP001>off</OTP001>}. Keys are rule ids ({@code OTP001} to {@code OTP019}), values
     * {@code error}, {@code warning}, {@code info} or {@code off}; an unknown id or value fails the goal
     * with the list of valid ones. Rules not named keep their default severity. Configured in the POM
     * only (there is no user property for a map).
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> ruleSeverities;

    /**
     * In a project that lists {@code <modules>}, leave the modules' folders out of its source roots:
     * each module analyzes its own base directory, so a reactor analyzes every file once while Elixir
     * code outside any module (an umbrella beside the Java modules, say) is still analyzed by the
     * aggregator. Set to {@code false} to analyze the modules' files from the aggregator too (when the
     * modules do not run the plugin). Default: {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.excludeModuleDirectories", defaultValue = "true")
    private boolean excludeModuleDirectories;

    /**
     * Fail when the goal finds no Elixir file to analyze. Default {@code false}: a project without Elixir code
     * (a Java module of a reactor) is skipped with one info line; when {@code sourceRoots}, {@code includes} or
     * {@code excludes} leave nothing, or a pattern matches no file, the log warns. Either way nothing is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.failOnNoSources", defaultValue = "false")
    private boolean failOnNoSources;

    /**
     * Analyze files under {@code test/} folders (umbrella apps' too) and test doubles ({@code *_mock.ex},
     * {@code mocks/}) as production code as well: they get process-module pages and production findings.
     * Default {@code false}, as in maven-pmd-plugin: test code is checked by the test rules only (OTP014).
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.includeTests", defaultValue = "false")
    private boolean includeTests;

    /**
     * The folder every path in the output is relative to (console, JSON, SARIF {@code %SRCROOT%}, baseline
     * fingerprints), so that code scanning places alerts in the checkout and fingerprints survive moving
     * {@code sourceRoots}. Default: the nearest folder at or above the top-level project holding {@code .git},
     * else the top-level project's base directory. Files outside it keep paths relative to their source root.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.repositoryRoot")
    private File repositoryRoot;

    /**
     * Keep each file's facts between builds, so that files whose bytes have not changed are not parsed again: a
     * build where nothing changed parses nothing. The cache is keyed by content checksums, the plugin's build and
     * {@code maxFileBytes}; a cache of another version, or a corrupt one, is rebuilt (with a warning when corrupt),
     * never trusted, and it never changes a finding or a report. Default {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.analysisCache", defaultValue = "true")
    private boolean analysisCache;

    /**
     * The folder that holds the cache file ({@code .otp-advisor-cache}). Default: the goal's output folder
     * ({@code outputDirectory} of {@code analyze}); the goals without one keep no cache unless this is set. A
     * file by that name that the plugin did not write is left alone, and the build goes on without a cache.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.analysisCacheLocation")
    private File analysisCacheLocation;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    @Component
    private BuildPluginManager pluginManager;

    @Component
    private LifecycleExecutionPlanCalculator executionPlans;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping OTP Advisor " + goal() + " (otp-advisor.skip is true)");
            return;
        }
        if (ReactorRun.once(session, project, mojoExecution)) {
            new ReactorRun(session, mojoExecution, pluginManager, executionPlans, getLog())
                    .runEverywhere(project, this::runHere);
        } else {
            runHere();
        }
    }

    private void runHere() throws MojoExecutionException, MojoFailureException {
        try {
            run();
        } catch (RuntimeException | Error e) { // Errors too: a StackOverflowError must not take the build JVM down
            throw GoalErrors.internal(e);
        }
    }

    /** The build log, every line escaped: file and module names come from the analyzed code. */
    @Override
    public Log getLog() {
        return new EscapingLog(super.getLog());
    }

    /** The goal's name, for the skip message. */
    abstract String goal();

    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The shared parameters as a run request; subclasses add theirs. */
    final RunRequest.Builder request() {
        return AnalysisParameters.request(basedir(), sourceRoots, includes, excludes, ruleSeverities, project,
                excludeModuleDirectories, toolVersion())
                .includeTests(includeTests)
                .repositoryRoot(AnalysisParameters.repositoryRoot(repositoryRoot, session, basedir()))
                .analysisCache(analysisCache)
                .analysisCacheLocation(ProjectDirs.path(analysisCacheLocation));
    }

    /**
     * Logs what the roots and patterns selected when it is less than meant: one info line for a project without
     * Elixir code that configured nothing, a warning otherwise. Returns whether there is anything to analyze;
     * with {@code failOnNoSources}, nothing to analyze fails the goal.
     */
    final boolean sourcesToAnalyze(SourceCheck sources) throws MojoFailureException {
        boolean configured = sourceRoots != null && !sourceRoots.isEmpty() || includes != null && !includes.isEmpty();
        for (String w : sources.warnings()) {
            if (sources.noElixirCode() && !configured) {
                getLog().info("OTP Advisor: " + w);
            } else {
                getLog().warn("OTP Advisor: " + w);
            }
        }
        if (sources.empty() && failOnNoSources) {
            throw new MojoFailureException("OTP Advisor: no Elixir file to analyze (failOnNoSources is true)");
        }
        return !sources.empty();
    }

    /** Validates before any analysis; a mistake fails the goal with a message naming the valid values. */
    static RunPlan plan(RunRequest request) throws MojoExecutionException {
        try {
            return RunPlan.validate(request);
        } catch (ConfigurationException e) {
            throw GoalErrors.of(e);
        }
    }

    final Path basedir() {
        return ProjectDirs.basedir(project, session);
    }

    final MavenSession session() {
        return session;
    }

    final MavenProject project() {
        return project;
    }

    /** The build directory of the project the build was started on (the reactor's root). */
    final Path topLevelBuildDirectory() {
        MavenProject top = session.getTopLevelProject();
        return top == null ? buildDirectory() : ProjectDirs.buildDirectory(top, session);
    }

    final Path buildDirectory() {
        return ProjectDirs.buildDirectory(project, session);
    }

    /** Stamped into the reports. */
    final String toolVersion() {
        return plugin.getVersion();
    }
}
