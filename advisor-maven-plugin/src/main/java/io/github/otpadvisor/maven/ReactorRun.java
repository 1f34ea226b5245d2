package io.github.otpadvisor.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.internal.LifecycleExecutionPlanCalculator;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * A goal that needs no project ({@code analyze}, {@code baseline}: they also run without a POM) is run by Maven 3
 * only once, for the top project, when it is invoked from the command line in a reactor: the modules were reported
 * SKIPPED and a root with no Elixir code of its own passed green. Here the top run executes the same goal in every
 * other module of the reactor, each with that module's own configuration (Maven finalizes it from the module's
 * POM, pluginManagement included), as {@code mvn verify} would; the modules' failures are collected and reported
 * together at the end, as with {@code --fail-at-end}.
 */
final class ReactorRun {
    /** The goal run for one project: the top project's own run, or another module's. */
    interface Step {
        void run() throws MojoExecutionException, MojoFailureException;
    }

    private final MavenSession session;
    private final MojoExecution execution;
    private final BuildPluginManager plugins;
    private final LifecycleExecutionPlanCalculator plans;
    private final Log log;

    ReactorRun(MavenSession session, MojoExecution execution, BuildPluginManager plugins,
               LifecycleExecutionPlanCalculator plans, Log log) {
        this.session = session;
        this.execution = execution;
        this.plugins = plugins;
        this.plans = plans;
        this.log = log;
    }

    /** Maven runs this execution once for the whole reactor: a command-line goal at its top, with modules. */
    static boolean once(MavenSession session, MavenProject project, MojoExecution execution) {
        return execution != null && execution.getSource() == MojoExecution.Source.CLI && project != null
                && project.isExecutionRoot() && session.getProjects().size() > 1;
    }

    /** The top project's own run, then the goal in each other module, in reactor order. */
    void runEverywhere(MavenProject top, Step own) throws MojoExecutionException, MojoFailureException {
        List<String> failures = new ArrayList<>();
        boolean broken = false;
        for (MavenProject p : session.getProjects()) {
            log.info("OTP Advisor: " + p.getArtifactId() + " (" + where(top, p) + ")");
            try {
                if (p == top) {
                    own.run();
                } else {
                    runIn(p);
                }
            } catch (MojoFailureException e) {
                failures.add(p.getArtifactId() + ": " + e.getMessage());
            } catch (MojoExecutionException e) {
                failures.add(p.getArtifactId() + ": " + e.getMessage());
                broken = true;
            }
        }
        if (!failures.isEmpty()) {
            String message = String.join("; ", failures);
            if (broken) {
                throw new MojoExecutionException(message);
            }
            throw new MojoFailureException(message);
        }
    }

    private void runIn(MavenProject module) throws MojoExecutionException, MojoFailureException {
        MojoExecution own = new MojoExecution(execution.getMojoDescriptor(), execution.getExecutionId(),
                MojoExecution.Source.CLI);
        MavenProject previous = session.getCurrentProject();
        session.setCurrentProject(module);
        try {
            plans.setupMojoExecution(session, module, own);
            plugins.executeMojo(session, own);
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (Exception e) { // the module's goal could not be set up or was configured wrong: name it
            Throwable cause = e.getCause() instanceof MojoExecutionException ? e.getCause() : e;
            throw new MojoExecutionException(cause.getMessage(), e);
        } finally {
            session.setCurrentProject(previous);
        }
    }

    private static String where(MavenProject top, MavenProject p) {
        Path rel = top.getBasedir().toPath().toAbsolutePath().normalize()
                .relativize(p.getBasedir().toPath().toAbsolutePath().normalize());
        return rel.toString().isEmpty() ? "." : rel.toString().replace('\\', '/') + "/";
    }
}
