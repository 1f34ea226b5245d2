package io.github.otpadvisor.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.cli.Main;
import io.github.otpadvisor.run.Setting;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same mistake gives the same message from the command line and from the goal: only the name of the
 * setting differs, each spelt as its users write it ({@code --fail-on} / {@code failOnSeverity}).
 */
@MojoTest
class SameValidationTest {
    @TempDir
    Path tmp;

    /** One mistake: the parameter's bad value, and the same value on the command line. */
    private record Case(Setting setting, Object parameterValue, List<String> cliArgs) {
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    void analyzeAndTheAnalyzeCommandAgree(AnalyzeMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "outputDirectory", tmp.resolve("out").toFile());
        String basedir = MojoExtension.getBasedir();
        String missing = tmp.resolve("missing").toString();
        List<Case> cases = List.of(
                new Case(Setting.FAIL_ON_SEVERITY, "fatal", List.of("--fail-on", "fatal")),
                new Case(Setting.RULE_SEVERITIES, Map.of("OTP999", "warning"), List.of("--rule-severity", "OTP999=warning")),
                new Case(Setting.RULE_SEVERITIES, Map.of("OTP004", "fatal"), List.of("--rule-severity", "OTP004=fatal")),
                new Case(Setting.FORMATS, List.of("pdf"), List.of("--format", "pdf")),
                new Case(Setting.MAX_ALLOWED_FINDINGS, -1, List.of("--max-allowed-findings", "-1")),
                new Case(Setting.TEMPLATE_DIRECTORY, new File(missing), List.of("--templates", missing)),
                new Case(Setting.BASELINE_FILE, new File(missing), List.of("--baseline", missing)),
                new Case(Setting.EXCLUDES, List.of("lib/[x"), List.of("--exclude", "lib/[x")),
                new Case(Setting.SOURCE_ROOTS, List.of(new File(missing)), List.of()));
        for (Case c : cases) {
            String fromGoal = goalMessage(mojo, c.setting().parameter(), c.parameterValue());
            List<String> args = new ArrayList<>(List.of("analyze"));
            args.addAll(c.cliArgs());
            args.add(c.setting() == Setting.SOURCE_ROOTS ? missing : basedir);
            assertSameProblem(c.setting(), fromGoal, cliMessage(args));
        }
        assertTrue(Files.notExists(tmp.resolve("out")), "no mistake got as far as the analysis");
    }

    @Test
    @Basedir("/unit/decide")
    @InjectMojo(goal = "decide")
    void decideAndTheDecideCommandAgree(DecideMojo mojo) throws Exception {
        String missing = tmp.resolve("missing").toString();
        assertSameProblem(Setting.FEATURE, goalMessage(mojo, "feature", " "),
                cliMessage(List.of("decide", "--feature", " ")));
        setVariableValueToObject(mojo, "feature", "Sessions");
        assertSameProblem(Setting.TEMPLATE_DIRECTORY, goalMessage(mojo, "templateDirectory", new File(missing)),
                cliMessage(List.of("decide", "--feature", "Sessions", "--templates", missing)));
    }

    private static void assertSameProblem(Setting setting, String fromGoal, String fromCli) {
        String prefix = setting.parameter() + ": ";
        assertTrue(fromGoal.startsWith(prefix), fromGoal);
        assertEquals(setting.option() + ": " + fromGoal.substring(prefix.length()), fromCli, setting::toString);
    }

    /** The goal's message with one parameter set to a bad value; the parameter is restored afterwards. */
    private static String goalMessage(Mojo mojo, String parameter, Object value) throws Exception {
        Object before = getVariableValueFromObject(mojo, parameter);
        setVariableValueToObject(mojo, parameter, value);
        try {
            return assertThrows(MojoExecutionException.class, mojo::execute).getMessage();
        } finally {
            setVariableValueToObject(mojo, parameter, before);
        }
    }

    /** The first line on stderr, without the command's own prefix; the exit status must say "usage". */
    private static String cliMessage(List<String> args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String first = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        assertEquals(2, status, first);
        String prefix = "otp-advisor " + args.get(0) + ": ";
        assertTrue(first.startsWith(prefix), first);
        return first.substring(prefix.length());
    }
}
