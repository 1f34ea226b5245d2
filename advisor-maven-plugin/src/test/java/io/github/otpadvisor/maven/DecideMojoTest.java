package io.github.otpadvisor.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.run.DecideAnswer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decide goal: answers map onto the framework's questions, the file lands where the seed says. */
@MojoTest
class DecideMojoTest {
    @TempDir
    Path tmp;

    @Test
    @Basedir("/unit/decide")
    @InjectMojo(goal = "decide")
    @MojoParameter(name = "feature", value = "User sessions")
    @MojoParameter(name = "stateBetweenOps", value = "true")
    @MojoParameter(name = "timeoutsMonitorsInfo", value = "true")
    @MojoParameter(name = "dynamicChildren", value = "true")
    void writesTheSeedsFileAtTheSeedsPath(DecideMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertEquals(List.of(
                "[INFO] OTP Advisor: User sessions: process needed: YES, pattern: GenServer, "
                        + "placement: DynamicSupervisor + Registry (decided by Q4 \"Do you need timeouts, monitors, or handle_info?\")",
                "[INFO] OTP Advisor: wrote .claude/plans/user-sessions/research/otp-decision.md"), log.lines);
        Path written = projectBasedir(mojo).resolve(".claude/plans/user-sessions/research/otp-decision.md");
        assertTrue(Files.readString(written).startsWith("# OTP Analysis: User sessions"));
    }

    @Test
    @Basedir("/unit/decide")
    @InjectMojo(goal = "decide")
    @MojoParameter(name = "feature", value = "Price cache")
    @MojoParameter(name = "stateBetweenOps", value = "true")
    @MojoParameter(name = "simpleGetUpdate", value = "true")
    @MojoParameter(name = "manyReaders", value = "true")
    void writesWhereConfigured(DecideMojo mojo) throws Exception {
        Path file = tmp.resolve("docs/price-cache.md");
        setVariableValueToObject(mojo, "decisionFile", file.toFile());
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertEquals("[INFO] OTP Advisor: Price cache: process needed: NO, pattern: ETS, placement: none "
                + "(decided by Q3 \"Is it simple get/update only?\")", log.lines.get(0));
        assertTrue(Files.readString(file).startsWith("# OTP Analysis: Price cache"));
    }

    @Test
    @Basedir("/unit/decide")
    @InjectMojo(goal = "decide")
    @MojoParameter(name = "feature", value = "Escape")
    @MojoParameter(name = "slug", value = "../../outside")
    void aSlugCannotLeaveThePlansFolder(DecideMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("slug: '../../outside' must be one folder name"), e.getMessage());
    }

    @Test
    @Basedir("/unit/decide")
    @InjectMojo(goal = "decide")
    void withoutAFeatureItSaysHowToNameOne(DecideMojo mojo) throws Exception {
        mojo.setLog(new RecordingLog());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("feature: name the planned feature, e.g. \"User sessions\""),
                e.getMessage());
    }

    @Test
    @Basedir("/unit/decide")
    @InjectMojo(goal = "decide")
    void everyAnswerHasItsBooleanParameter(DecideMojo mojo) throws Exception {
        assertEquals(Set.of(), mojo.yes(), "every answer starts unanswered");
        assertEquals(Set.of(), mojo.no(), "every answer starts unanswered");
        for (DecideAnswer a : DecideAnswer.values()) {
            setVariableValueToObject(mojo, a.parameter(), true);
            assertEquals(Set.of(a), mojo.yes(), a::parameter);
            setVariableValueToObject(mojo, a.parameter(), false);
            assertEquals(Set.of(), mojo.yes(), a::parameter);
            assertEquals(Set.of(a), mojo.no(), "false is an explicit no: " + a.parameter());
            setVariableValueToObject(mojo, a.parameter(), null);
        }
    }

    private static Path projectBasedir(DecideMojo mojo) throws IllegalAccessException {
        return ((MavenProject) MojoExtension.getVariableValueFromObject(mojo, "project")).getBasedir().toPath();
    }
}
