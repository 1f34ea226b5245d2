package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AstCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheQuotedFormOfAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.ex"), "foo(1, :b)\n");
        assertEquals(0, run("ast", file.toString()));
        assertEquals("{:foo, [line: 1], [1, :b]}\n", out());
        assertEquals("", err());
    }

    @Test
    void writesOneDumpPerFileBelowTheArgumentAndSkipsOtherFiles() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("lib/app"));
        Files.writeString(src.resolve("lib/app/x.ex"), "x = 1");
        Files.writeString(src.resolve("mix.exs"), "[app: :x]");
        Files.writeString(src.resolve("Main.java"), "class Main {}");
        Path out = dir.resolve("out");
        assertEquals(0, run("ast", "--out", out.toString(), src.toString()));
        assertEquals("{:=, [line: 1], [{:x, [line: 1], nil}, 1]}\n",
                Files.readString(out.resolve("lib/app/x.ex.ast")));
        assertEquals("[app: :x]\n", Files.readString(out.resolve("mix.exs.ast")));
        assertFalse(Files.exists(out.resolve("Main.java.ast")));
    }

    @Test
    void aBrokenFileIsReportedWithItsPositionAndTheOthersStillRun() throws IOException {
        Path broken = Files.writeString(dir.resolve("a_broken.ex"), "defmodule A do\n  def f, do: (1\nend\n");
        Files.writeString(dir.resolve("b_good.ex"), ":ok");
        assertEquals(1, run("ast", dir.toString()));
        assertEquals(":ok\n", out());
        assertTrue(err().startsWith(broken + ":"), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("ast"));
        assertTrue(err().contains("no PATH given"), err());
        assertEquals(2, run("ast", "--bogus", "x"));
        assertEquals(2, run("ast", dir.resolve("missing.ex").toString()));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run());
    }

    @Test
    void oversizedFilesAreReportedAndSkipped() throws IOException {
        Path file = Files.writeString(dir.resolve("big.ex"), ":" + "a".repeat(100));
        assertEquals(1, run("ast", "--max-file-bytes", "10", file.toString()));
        assertTrue(err().contains(file + ":1:1: file is 101 bytes, over the limit of 10 bytes; skipped"), err());
    }
}
