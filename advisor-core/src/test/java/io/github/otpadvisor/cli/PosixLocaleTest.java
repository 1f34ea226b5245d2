package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A non-ASCII file name under the POSIX locale (issue 16), as in many CI containers: the JVM's charset
 * for file names ({@code sun.jnu.encoding}) is fixed at start, so each case runs a child JVM with
 * {@code LC_ALL=C} and no {@code LANG}. Its names come back from the directory as bytes that text
 * cannot hold, and glob matching used to make paths again from that text: InvalidPathException.
 */
class PosixLocaleTest {
    /** {@code café.ex}, spelled in UTF-8 bytes so that making it works under any locale of this JVM. */
    private static final String CAFE = "caf%C3%A9.ex";

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() throws IOException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "file names are UTF-16 there");
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("lib"));
        Files.writeString(Path.of(URI.create(project.resolve("lib").toUri() + CAFE)),
                "defmodule Cafe do\n  use GenServer\n  def init(s), do: {:ok, s}\nend\n");
    }

    private record Run(int status, String out, String err) {
    }

    /** A child JVM with these arguments under {@code LC_ALL=C}, no {@code LANG}. */
    private static ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        env.put("LC_ALL", "C");
        return pb;
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = java(command.toArray(String[]::new)).directory(dir.toFile());
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM finishes");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1));
    }

    @Test
    void onLinuxTheChildJvmReallyHasAnAsciiCharsetForFileNames() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "macOS names files in UTF-8 whatever the locale");
        Process p = java("-XshowSettings:properties", "-version").redirectErrorStream(true).start();
        String settings = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        p.waitFor();
        assertTrue(settings.contains("sun.jnu.encoding = ANSI_X3.4-1968"), settings);
    }

    @Test
    void analyzeReadsTheFileWithAndWithoutGlobs() throws Exception {
        Run r = run("analyze", "project");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("in 1 process modules, 1 files, 0 parse errors"), r.err());
        r = run("analyze", "--include", "lib/**", "--exclude", "**/legacy/**", "project");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("1 files, 0 parse errors"), r.err());
        r = run("analyze", "--exclude", "lib/caf*", "project");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains(" 0 files"), r.err());
    }

    @Test
    void astPrintsTheFileAndWritesItsDumpUnderTheSameBytes() throws Exception {
        Run r = run("ast", "project");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{:defmodule, [line: 1], [{:__aliases__, [line: 1], [:Cafe]}"), r.out());
        r = run("ast", "--out", "dumps", "project");
        assertEquals(0, r.status(), r.err());
        try (Stream<Path> dumps = Files.list(dir.resolve("dumps/lib"))) {
            assertEquals(List.of(CAFE + ".ast"), dumps.map(d -> d.toUri().getRawPath().replaceAll(".*/", "")).toList());
        }
    }
}
