package io.github.otpadvisor.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyze goal as Maven configures it (plugin descriptor defaults, POM configuration, user
 * properties) on small projects under src/test/resources/unit, and its failure policy.
 */
@MojoTest
class AnalyzeMojoTest {
    private static final String RED_FLAG = "lib/shop/price_cache.ex:3:3: [OTP004] Shop.PriceCache is a singleton";

    @TempDir
    Path out;

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    void theDescriptorGivesTheDocumentedDefaults(AnalyzeMojo mojo) throws Exception {
        assertEquals("error", getVariableValueFromObject(mojo, "failOnSeverity"));
        assertEquals(0, getVariableValueFromObject(mojo, "maxAllowedFindings"));
        assertEquals(false, getVariableValueFromObject(mojo, "failOnParseError"));
        assertEquals(List.of("json"), getVariableValueFromObject(mojo, "formats"));
        assertEquals(false, getVariableValueFromObject(mojo, "skip"));
        assertEquals(true, getVariableValueFromObject(mojo, "excludeModuleDirectories"));
        assertEquals(List.of(), getVariableValueFromObject(mojo, "sourceRoots")); // none: the base directory
        assertNull(getVariableValueFromObject(mojo, "outputDirectory"));
        assertNull(getVariableValueFromObject(mojo, "baselineFile"));
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    void aRedFlagFailsTheBuildAfterPrintingItAndWritingTheReport(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("OTP Advisor: 1 finding at or above error, 0 allowed (failOnSeverity=error, maxAllowedFindings=0)",
                e.getMessage());
        assertTrue(log.has("[ERROR] " + RED_FLAG), log::toString);
        assertTrue(log.has("[INFO] OTP Advisor: 1 finding (1 error, 0 warning, 0 info) in 1 process modules, 2 files, "
                + "0 parse errors"), log::toString);
        assertTrue(log.has("[INFO] OTP Advisor reports: " + out.resolve("otp-advisor.json")), log::toString);
        assertTrue(Files.readString(out.resolve("otp-advisor.json")).contains("\"OTP004\""));
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "failOnSeverity", value = "none")
    void noneOnlyPrintsAndTheLevelFollowsTheSeverity(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        mojo.execute();
        assertTrue(log.has("[WARNING] " + RED_FLAG), log::toString);
        assertFalse(log.has("[ERROR]"), log::toString);
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "maxAllowedFindings", value = "1")
    void findingsUpToTheAllowanceStillPrintAsErrors(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        mojo.execute();
        assertTrue(log.has("[ERROR] " + RED_FLAG), log::toString);
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze", pom = """
            <project><build><plugins><plugin>
              <artifactId>otp-advisor-maven-plugin</artifactId>
              <configuration>
                <ruleSeverities><OTP004>warning</OTP004></ruleSeverities>
              </configuration>
            </plugin></plugins></build></project>""")
    void ruleSeveritiesFromThePomLowerARule(AnalyzeMojo mojo) throws Exception {
        assertEquals(Map.of("OTP004", "warning"), getVariableValueFromObject(mojo, "ruleSeverities"));
        RecordingLog log = run(mojo);
        mojo.execute();
        assertTrue(log.has("[WARNING] " + RED_FLAG), log::toString);
        assertTrue(log.has("[INFO] OTP Advisor: 1 finding (0 error, 1 warning, 0 info)"), log::toString);
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze", pom = """
            <project><build><plugins><plugin>
              <artifactId>otp-advisor-maven-plugin</artifactId>
              <configuration>
                <ruleSeverities><OTP004>off</OTP004></ruleSeverities>
              </configuration>
            </plugin></plugins></build></project>""")
    void aRuleSwitchedOffFindsNothing(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        mojo.execute();
        assertTrue(log.has("[INFO] OTP Advisor: 0 findings"), log::toString);
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "excludes", value = "**/price_cache.ex")
    void excludedFilesAreNotRead(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        mojo.execute();
        assertTrue(log.has("[INFO] OTP Advisor: 0 findings (0 error, 0 warning, 0 info) in 0 process modules, 1 files"),
                log::toString);
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    void aBadThresholdIsAConfigurationErrorBeforeAnyWork(AnalyzeMojo mojo) throws Exception {
        run(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("failOnSeverity: expected error, warning, info or none, got 'fatal'", e.getMessage());
        assertFalse(Files.exists(out.resolve("otp-advisor.json")));
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "skip", value = "true")
    void skipSaysSoAndDoesNothing(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        mojo.execute();
        assertEquals(List.of("[INFO] Skipping OTP Advisor analyze (otp-advisor.skip is true)"), log.lines);
    }

    @Test
    @Basedir("/unit/decide")
    @InjectMojo(goal = "analyze")
    void aProjectWithoutElixirCodeIsOneInfoLineAndWritesNothing(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        mojo.execute();
        assertEquals(List.of("[INFO] OTP Advisor: no Elixir file (.ex, .exs) below .: nothing analyzed, no report "
                + "written"), log.lines);
        assertFalse(Files.exists(out.resolve("otp-advisor.json")));
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "includes", value = "apps/*/lib/**")
    void includesThatSelectNothingWarnAndWriteNothing(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        mojo.execute();
        assertEquals(List.of("[WARNING] OTP Advisor: includes pattern 'apps/*/lib/**' matches no Elixir file below .",
                "[WARNING] OTP Advisor: the includes and excludes select none of the 2 Elixir files below .: nothing "
                        + "analyzed, no report written"), log.lines);
        assertFalse(Files.exists(out.resolve("otp-advisor.json")));
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "excludes", value = "test/**")
    @MojoParameter(name = "failOnSeverity", value = "none")
    void anExcludeThatMatchesNothingWarnsAndTheRunGoesOn(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        mojo.execute();
        assertEquals("[WARNING] OTP Advisor: excludes pattern 'test/**' matches no Elixir file below ., so it leaves"
                + " nothing out", log.lines.get(0));
        assertTrue(Files.exists(out.resolve("otp-advisor.json")));
    }

    @Test
    @Basedir("/unit/decide")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "failOnNoSources", value = "true")
    void failOnNoSourcesFailsARunOverNothing(AnalyzeMojo mojo) throws Exception {
        run(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("OTP Advisor: no Elixir file to analyze (failOnNoSources is true)", e.getMessage());
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "analyze")
    void aBrokenFileIsAWarningWithItsPosition(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        mojo.execute();
        assertTrue(log.has("[WARNING] lib/broken.ex:5:1: unexpected reserved word: end."), log::toString);
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "failOnParseError", value = "true")
    void failOnParseErrorMakesItAnError(AnalyzeMojo mojo) throws Exception {
        RecordingLog log = run(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("OTP Advisor: 1 file does not parse (failOnParseError=true)", e.getMessage());
        assertTrue(log.has("[ERROR] lib/broken.ex:5:1: unexpected reserved word: end."), log::toString);
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    @MojoParameter(name = "baselineFile", value = "missing-baseline.json")
    void aNamedBaselineMustExist(AnalyzeMojo mojo) throws Exception {
        run(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().endsWith(
                "missing-baseline.json does not exist; record one with mvn otp-advisor:baseline"), e.getMessage());
    }

    /** Reports go to a temporary folder, not into the test resources; the log is recorded. */
    private RecordingLog run(AnalyzeMojo mojo) throws IllegalAccessException {
        setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        // The test projects sit inside this repository's checkout; each stands for a repository of its own.
        setVariableValueToObject(mojo, "repositoryRoot", mojo.basedir().toFile());
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }
}
