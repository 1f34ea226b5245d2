package io.github.otpadvisor.elixir;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real Elixir over the fixtures ({@code elixir scripts/dump.exs OUT_DIR BASE_DIR}, paths on
 * stdin) and checks, per fixture, that the committed {@code .ast}/{@code .err} is still what Elixir says
 * and that our dump equals Elixir's. Skipped (JUnit assumption) when {@code elixir} is not on PATH or
 * is not 1.14. {@code golden-1.15/} is not included: Elixir 1.14 cannot read it.
 */
class DifferentialTest {
    private static final long TIMEOUT_MINUTES = 10;
    private static final ElixirFrontEnd FRONT_END = new ElixirFrontEnd();

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> goldenFixturesAgreeWithElixir() throws Exception {
        Path dir = Fixtures.root().resolve("golden");
        List<Path> sources = runElixir(dir);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path source : sources) {
            String name = Fixtures.name(source);
            Path theirs = elixirOutput(dir, source, ".ast");
            Path theirsErr = elixirOutput(dir, source, ".err");
            tests.add(dynamicTest(name + " (committed dump is Elixir's)", () -> {
                if (!Files.isRegularFile(theirs)) {
                    fail(name + ": Elixir does not parse this golden fixture: "
                            + (Files.isRegularFile(theirsErr) ? Fixtures.readDump(theirsErr) : "no output"));
                }
                Path committed = Fixtures.sibling(source, ".ast");
                if (!Files.isRegularFile(committed)) {
                    fail(name + ": no committed dump (run scripts/regen-golden.sh)");
                }
                compare(name + " committed vs Elixir", Fixtures.readDump(theirs), Fixtures.readDump(committed));
            }));
            tests.add(dynamicTest(name + " (our dump is Elixir's)", () -> {
                if (!Files.isRegularFile(theirs)) {
                    fail(name + ": Elixir does not parse this golden fixture");
                }
                ParseResult result = FRONT_END.parse(Fixtures.read(source));
                if (!result.ok()) {
                    fail(name + ": Elixir parses this file but we report " + result.error().format(name));
                }
                compare(name + " Elixir vs ours", Fixtures.readDump(theirs), Fixtures.dumpOf(result));
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> errorFixturesAgreeWithElixir() throws Exception {
        Path dir = Fixtures.root().resolve("errors");
        List<Path> sources = runElixir(dir);
        return sources.stream().map(source -> {
            String name = Fixtures.name(source);
            return dynamicTest(name, () -> {
                Path theirs = elixirOutput(dir, source, ".err");
                if (!Files.isRegularFile(theirs)) {
                    fail(name + ": Elixir parses this error fixture");
                }
                Path committed = Fixtures.sibling(source, ".err");
                if (!Files.isRegularFile(committed)) {
                    fail(name + ": no committed .err (run scripts/regen-golden.sh)");
                }
                compare(name + " committed vs Elixir", Fixtures.readDump(theirs), Fixtures.readDump(committed));
                String expected = Fixtures.readDump(theirs);
                ParseResult result = FRONT_END.parse(Fixtures.read(source));
                if (result.ok()) {
                    fail(name + ": Elixir reports \"" + expected + "\" but we parse the file");
                }
                if (!expected.startsWith("** (")) {
                    compare(name + " Elixir vs ours", expected, Fixtures.describe(result.error(), expected));
                }
            });
        });
    }

    private static void compare(String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            fail(Fixtures.difference(what, expected, actual));
        }
    }

    private Path elixirOutput(Path dir, Path source, String suffix) {
        Path rel = dir.relativize(source);
        Path base = out.resolve(dir.getFileName().toString()).resolve(rel);
        return base.resolveSibling(base.getFileName() + suffix);
    }

    /** Runs dump.exs over every fixture of {@code dir} into {@code out/<dir name>}; returns the fixtures. */
    private List<Path> runElixir(Path dir) throws IOException, InterruptedException {
        assumeTrue(elixirVersion().startsWith("1.14."),
                "Elixir 1.14 is not on PATH (found: " + elixirVersion() + "); differential test skipped");
        Path script = Fixtures.repositoryRoot().resolve("scripts/dump.exs");
        assumeTrue(Files.isRegularFile(script), "no " + script + "; differential test skipped");
        List<Path> sources = Fixtures.sources(dir);
        assumeTrue(!sources.isEmpty(), "no fixtures under " + dir);
        Path target = out.resolve(dir.getFileName().toString());
        Files.createDirectories(target);
        Process process = new ProcessBuilder("elixir", script.toString(), target.toString(), dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(out.resolve(dir.getFileName() + ".stderr").toFile())
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            for (Path source : sources) {
                stdin.write((source.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("elixir scripts/dump.exs did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        if (process.exitValue() != 0) {
            fail("elixir scripts/dump.exs exited with " + process.exitValue() + ": "
                    + Files.readString(out.resolve(dir.getFileName() + ".stderr")));
        }
        return sources;
    }

    private static String cachedVersion;

    /** The Elixir version on PATH, or a description of why there is none. */
    private static synchronized String elixirVersion() {
        if (cachedVersion != null) {
            return cachedVersion;
        }
        try {
            Process p = new ProcessBuilder("elixir", "-e", "IO.write(System.version())")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                cachedVersion = "elixir did not answer";
            } else {
                cachedVersion = p.exitValue() == 0 ? text : "elixir failed: " + text;
            }
        } catch (IOException e) {
            cachedVersion = "no elixir: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cachedVersion = "interrupted";
        }
        return cachedVersion;
    }
}
