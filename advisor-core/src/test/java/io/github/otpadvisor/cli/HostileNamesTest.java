package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.otpadvisor.console.ConsoleText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from the analyzed code cannot forge console lines: a newline in a file name must not make a parse
 * error print a second {@code forged.ex:9:9:} line that CI problem matchers read, and escape sequences or
 * right-to-left overrides in a module name must not reach the terminal raw.
 */
class HostileNamesTest {
    private static final String FORGED_NAME = "a\nforged.ex:9:9: error [OTP001] fake\nb.ex";
    /** A GenServer without a runtime reason (OTP001, OTP002), named with ESC sequences and U+202E. */
    private static final String EVIL_MODULE = StatelessGenServer.named(":\"Elixir.Evil\\e[2J\\e[31mRed\\u202EX\"");

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeProject() throws IOException {
        Files.createDirectories(project.resolve("lib"));
        Files.writeString(project.resolve("lib/evil.ex"), EVIL_MODULE);
        try {
            Files.writeString(project.resolve("lib").resolve(FORGED_NAME), "defmodule A do\n  def f(, do: 1\nend\n");
        } catch (InvalidPathException | IOException e) {
            assumeTrue(false, "this file system refuses newlines in names: " + e);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Each line is one line: no control or bidi character in it, and none begins as a forged diagnostic. */
    private static void assertSafe(List<String> lines) {
        for (String line : lines) {
            assertTrue(line.chars().noneMatch(c -> ConsoleText.isUnsafe((char) c)), line);
            assertFalse(line.startsWith("forged.ex") || line.startsWith("b.ex"), "forged line: " + line);
        }
    }

    @Test
    void analyzePrintsEachProblemAndFindingOnOneEscapedLine() {
        assertEquals(1, run("analyze", project.toString()));
        assertSafe(lines(out));
        assertSafe(lines(err));
        assertTrue(lines(err).contains("lib/a\\nforged.ex:9:9: error [OTP001] fake\\nb.ex:3:1: unexpected reserved"
                + " word: end. The \"(\" at line 2 is missing terminator \")\""), err::toString);
        assertTrue(lines(out).stream().anyMatch(l -> l.startsWith("lib/evil.ex:2:3: error [OTP001] "
                + "Evil\\u001B[2J\\u001B[31mRed\\u202EX is a GenServer")), out::toString);
    }

    @Test
    void astReportsTheBrokenFileOnOneEscapedLine() {
        assertEquals(1, run("ast", project.resolve("lib").toString()));
        assertSafe(lines(err));
        assertEquals(1, lines(err).size(), err::toString);
        assertTrue(lines(err).get(0).endsWith("a\\nforged.ex:9:9: error [OTP001] fake\\nb.ex:3:1: unexpected reserved"
                + " word: end. The \"(\" at line 2 is missing terminator \")\""), err::toString);
    }
}
