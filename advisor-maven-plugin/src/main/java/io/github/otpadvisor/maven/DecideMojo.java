package io.github.otpadvisor.maven;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.run.ConfigurationException;
import io.github.otpadvisor.run.DecideAnswer;
import io.github.otpadvisor.run.DecideOutcome;
import io.github.otpadvisor.run.DecideRequest;
import io.github.otpadvisor.run.FeatureDecision;
import io.github.otpadvisor.run.RunException;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The decision framework for a planned feature, before any code exists: a person's answers to its five
 * questions (with their follow-ups) give the recommended abstraction, written as the OTP Advisor's
 * {@code otp-decision.md} (requirement, BEAM context, recommendation, implementation sketch, supervision
 * tree, testing approach). Questions are read in the framework's order and a later one only when the
 * earlier answers lead to it, so unasked ones may be left out; every answer defaults to no. Example:
 * {@code mvn otp-advisor:decide -Dotp-advisor.feature="User sessions" -Dotp-advisor.stateBetweenOps
 * -Dotp-advisor.timeoutsMonitorsInfo -Dotp-advisor.dynamicChildren}. Runs once per build, at the top
 * project, and without a POM too.
 *
 * @since 0.1.0
 */
@Mojo(name = "decide", requiresProject = false, aggregator = true, threadSafe = true)
public class DecideMojo extends AbstractMojo {
    /**
     * The planned feature's name ({@code "User sessions"}): the report's title, and the plan folder's
     * name unless {@code slug} is given. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.feature")
    private String feature;

    /**
     * What the feature needs, in your words: the report's "Requirement" section. Default: a sentence
     * naming the feature.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.description")
    private String description;

    /**
     * Question 1, "Is this stateless computation?". {@code true} means plain functions, no process.
     * Unset: not answered (the goal warns when the decision needs it); {@code false} answers no.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.stateless")
    private Boolean stateless;

    /**
     * Question 2, "Do you need state between operations?". Unset: not answered; {@code false}: functions, or a Task
     * when {@code oneOffAsync} is true.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.stateBetweenOps")
    private Boolean stateBetweenOps;

    /**
     * Follow-up to question 2, read when there is no state between operations: is the work one-off and
     * asynchronous (a Task under a Task.Supervisor)? Unset: not answered (the goal warns when the decision needs it); {@code false} answers no.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.oneOffAsync")
    private Boolean oneOffAsync;

    /**
     * Question 3, "Is it simple get/update only?". {@code true} means an Agent, or ETS with
     * {@code manyReaders}. Unset: not answered (the goal warns when the decision needs it); {@code false} answers no.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.simpleGetUpdate")
    private Boolean simpleGetUpdate;

    /**
     * Follow-up to question 3: is it one shared store read by many callers (ETS rather than an Agent)?
     * Unset: not answered (the goal warns when the decision needs it); {@code false} answers no.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.manyReaders")
    private Boolean manyReaders;

    /**
     * Question 4, "Do you need timeouts, monitors, or handle_info?". {@code true} means a GenServer,
     * {@code false} an Agent. Unset: not answered (the goal warns when the decision needs it); {@code false} answers no.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.timeoutsMonitorsInfo")
    private Boolean timeoutsMonitorsInfo;

    /**
     * Question 5, "Are children started dynamically?" (per user, session, room...). {@code true} means a
     * DynamicSupervisor with a Registry, {@code false} a regular Supervisor. Unset: not answered (the goal warns when the decision needs it); {@code false} answers no.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.dynamicChildren")
    private Boolean dynamicChildren;

    /**
     * Follow-up to question 5: do many request paths start children of one DynamicSupervisor at once
     * (a PartitionSupervisor then spreads the starts)? Unset: not answered (the goal warns when the decision needs it); {@code false} answers no.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.supervisorBottleneck")
    private Boolean supervisorBottleneck;

    /**
     * The plan folder's name in the default {@code decisionFile}: letters, digits, {@code .}, {@code _}
     * and {@code -}. Default: derived from {@code feature}, lower-case words joined by hyphens
     * ({@code "User sessions"} gives {@code user-sessions}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.slug")
    private String slug;

    /**
     * Where to write the report (replaced if it exists). Default:
     * <code>.claude/plans/&lt;slug&gt;/research/otp-decision.md</code> below the project's base directory (without a
     * POM, the current directory), where the OTP Advisor agent's orchestrator expects it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.decisionFile")
    private File decisionFile;

    /**
     * A folder of your own report templates that replace the built-in ones of the same name. Default:
     * none, the built-in templates. It must exist when set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.templateDirectory")
    private File templateDirectory;

    /**
     * Skips the goal; the build log says so.
     *
     * @since 0.1.0
     */
    @Parameter(property = "otp-advisor.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping OTP Advisor decide (otp-advisor.skip is true)");
            return;
        }
        try {
            decide();
        } catch (RuntimeException | Error e) { // Errors too: one line, not a dump that ends the build JVM
            throw GoalErrors.internal(e);
        }
    }

    /** The build log, every line escaped: the feature's name is the user's text. */
    @Override
    public Log getLog() {
        return new EscapingLog(super.getLog());
    }

    private void decide() throws MojoExecutionException {
        Path basedir = ProjectDirs.basedir(project, session);
        DecideOutcome outcome;
        try {
            outcome = FeatureDecision.decide(DecideRequest.builder(basedir)
                    .feature(feature)
                    .description(description)
                    .yes(yes())
                    .no(no())
                    .project(basedir) // the seed's "check existing codebase patterns": the goal's own project
                    .decisionFile(ProjectDirs.path(decisionFile))
                    .defaultDecisionFile(true)
                    .slug(slug)
                    .templateDirectory(ProjectDirs.path(templateDirectory))
                    .toolVersion(plugin.getVersion())
                    .build());
        } catch (ConfigurationException e) {
            throw GoalErrors.of(e);
        } catch (RunException e) {
            throw GoalErrors.of(e);
        }
        outcome.warnings().forEach(w -> getLog().warn("OTP Advisor: " + w));
        Decision d = outcome.decision();
        getLog().info("OTP Advisor: " + outcome.feature() + ": process needed: " + (d.processNeeded() ? "YES" : "NO")
                + ", pattern: " + d.abstraction().label() + ", placement: "
                + (d.placement() == null ? "none" : d.placement().label()) + " (decided by " + d.decidedBy() + ")");
        getLog().info("OTP Advisor: wrote " + ConsoleReport.shown(outcome.file(), basedir));
    }

    /** The answers given as {@code true}, one parameter per {@link DecideAnswer} (its {@code parameter()}). */
    Set<DecideAnswer> yes() {
        return answered(Boolean.TRUE);
    }

    /** The answers given as {@code false}: an explicit no, which an unset parameter is not. */
    Set<DecideAnswer> no() {
        return answered(Boolean.FALSE);
    }

    private Set<DecideAnswer> answered(Boolean value) {
        Map<DecideAnswer, Boolean> given = new EnumMap<>(DecideAnswer.class);
        given.put(DecideAnswer.STATELESS, stateless);
        given.put(DecideAnswer.STATE, stateBetweenOps);
        given.put(DecideAnswer.ONE_OFF_ASYNC, oneOffAsync);
        given.put(DecideAnswer.SIMPLE_GET_UPDATE, simpleGetUpdate);
        given.put(DecideAnswer.MANY_READERS, manyReaders);
        given.put(DecideAnswer.TIMEOUTS_MONITORS_INFO, timeoutsMonitorsInfo);
        given.put(DecideAnswer.DYNAMIC_CHILDREN, dynamicChildren);
        given.put(DecideAnswer.BOTTLENECK, supervisorBottleneck);
        Set<DecideAnswer> out = EnumSet.noneOf(DecideAnswer.class);
        given.forEach((answer, v) -> {
            if (value.equals(v)) {
                out.add(answer);
            }
        });
        return out;
    }
}
