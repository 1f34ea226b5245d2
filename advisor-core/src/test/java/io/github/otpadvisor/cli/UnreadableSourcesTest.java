package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken link and a FIFO named like Elixir sources are said in compiler form, not skipped in silence. */
class UnreadableSourcesTest {
    @TempDir
    Path project;

    @Test
    void eachGetsALineInCompilerFormAndTheRunFinishes() throws Exception {
        Files.createDirectories(project.resolve("lib"));
        Files.writeString(project.resolve("lib/ok.ex"), "defmodule Ok do\nend\n");
        Files.createSymbolicLink(project.resolve("lib/dangling.ex"), Path.of("nowhere.ex"));
        Process mkfifo = new ProcessBuilder("mkfifo", project.resolve("lib/pipe.exs").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run(
                new String[] {"analyze", "--fail-on-parse-error", project.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(project.resolve("lib/dangling.ex")
                + ":1:1: broken symbolic link: its target does not exist"), text);
        assertTrue(text.contains(project.resolve("lib/pipe.exs") + ":1:1: not a regular file (a FIFO): not read"), text);
        assertTrue(text.contains("1 files, 2 parse errors"), text);
        assertEquals(1, status, "--fail-on-parse-error counts them: " + text);
    }
}
