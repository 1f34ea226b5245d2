package io.github.otpadvisor.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.otpadvisor.console.ConsoleText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build log is as safe as the command line's stderr: a newline in a file name cannot forge a
 * {@code file:line:column:} line that CI problem matchers read, and an escape sequence or right-to-left
 * override in a module name does not reach the console raw.
 */
@MojoTest
class HostileNamesMojoTest {
    @TempDir
    Path sources;

    @TempDir
    Path out;

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    void everyLogLineIsOneEscapedLine(AnalyzeMojo mojo) throws Exception {
        try (InputStream evil = getClass().getResourceAsStream("/unit/hostile/evil.ex")) {
            Files.copy(evil, sources.resolve("evil.ex"));
        }
        try {
            Files.writeString(sources.resolve("a\nforged.ex:9:9: error [OTP001] fake\nb.ex"), "def f(, do: 1\n");
        } catch (InvalidPathException | IOException e) {
            assumeTrue(false, "this file system refuses newlines in names: " + e);
        }
        setVariableValueToObject(mojo, "sourceRoots", List.of(sources.toFile()));
        setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        assertThrows(MojoFailureException.class, mojo::execute);
        for (String line : log.lines) {
            assertTrue(line.chars().noneMatch(c -> ConsoleText.isUnsafe((char) c)), line);
        }
        assertTrue(log.has("[WARNING] a\\nforged.ex:9:9: error [OTP001] fake\\nb.ex:2:1: missing terminator"),
                log::toString);
        assertTrue(log.has("[ERROR] evil.ex:3:3: [OTP001] Evil\\u001B[2J\\u001B[31mRed\\u202EX is a GenServer"),
                log::toString);
        assertFalse(log.lines.stream().anyMatch(l -> l.contains("] forged.ex")), log::toString);
    }
}
