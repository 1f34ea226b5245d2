package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big inputs in a small heap, each in a child JVM with a fixed {@code -Xmx}: a baseline file far larger than
 * the heap is read streaming, and a source file too large to parse in the heap fails alone, with a message,
 * while the run goes on. The cases are a 200 MB baseline and a 50 MB source at {@code -Xmx512m};
 * memory grows linearly with both, so the tests scale them down with the heap to stay fast (an eighth of
 * each at an eighth of the heap; the JVM's own fixed share makes the small case harder, not easier).
 */
class SmallHeapTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    /** The CLI in a fresh JVM with this heap limit. */
    private Result cli(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path project(int modules) throws IOException {
        Path project = Files.createDirectories(dir.resolve("project/lib"));
        for (int i = 0; i < modules; i++) {
            Files.writeString(project.resolve("pricing" + i + ".ex"), StatelessGenServer.named("Shop.Pricing" + i));
        }
        return project.getParent();
    }

    /** A baseline as the tool writes it, of about {@code bytes}: many short entries, as in a big legacy codebase. */
    private Path baseline(long bytes) throws IOException {
        Path file = dir.resolve("otp-advisor-baseline.json");
        String message = "spawn outside a tree";
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"schemaVersion\": 1,\n  \"tool\": \"otp-advisor\",\n  \"findings\": [\n");
            long written = 0;
            for (long i = 0; written < bytes; i++) {
                String entry = (i == 0 ? "" : ",\n") + "    {\n      \"fingerprint\": \"v2:%032x\",\n"
                        .formatted(i) + "      \"rule\": \"OTP001\",\n      \"file\": \"lib/shop/pricing" + i
                        + ".ex\",\n      \"module\": \"Shop.Pricing" + i + "\",\n      \"message\": \"" + message
                        + "\"\n    }";
                w.write(entry);
                written += entry.length();
            }
            w.write("\n  ]\n}\n");
        }
        return file;
    }

    @Test
    void aSourceTooLargeForTheHeapFailsAloneAndTheRunGoesOn() throws Exception {
        Path project = project(1);
        // ordinary code, 6 MB: as a 50 MB file needs more than 512 MB, this needs more than 64 MB
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 6_000_000; i++) {
            big.append(StatelessGenServer.named("Shop.Pricing" + (1000 + i)));
        }
        Files.writeString(project.resolve("lib/big.ex"), big);
        Result r = cli("64m", "analyze", "--max-file-bytes", "100000000", project.toString());
        assertFalse(r.err().contains("OutOfMemoryError") || r.err().contains("internal error"), r.err());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("lib/big.ex:1:1: file is " + big.length() + " bytes, too large to parse in this"
                + " JVM's heap of "), r.err());
        assertTrue(r.out().contains("lib/pricing0.ex:2:3: error [OTP001] Shop.Pricing0 is a GenServer"), r.out());
    }

    @Test
    void aDenseSourceThatRunsOutOfMemoryFailsAloneAndTheRunGoesOn() throws Exception {
        Path project = project(1);
        // one-character tokens need about 60 heap bytes per source byte, twice the budget's estimate
        String dense = "x = [" + "1,".repeat(750_000) + "1]\n";
        Files.writeString(project.resolve("lib/dense.ex"), dense);
        Result r = cli("64m", "analyze", project.toString());
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("lib/dense.ex:1:1: file is " + dense.length() + " bytes; parsing it ran out of"
                + " memory in this JVM's heap of "), r.err());
        assertTrue(r.out().contains("lib/pricing0.ex:2:3: error [OTP001] Shop.Pricing0 is a GenServer"), r.out());
    }

    @Test
    void aBaselineFourTimesTheHeapIsReadStreaming() throws Exception {
        Path project = project(1);
        Path baseline = baseline(25_000_000);
        Result r = cli("64m", "analyze", "--baseline", baseline.toString(), project.toString());
        assertFalse(r.err().contains("OutOfMemoryError") || r.err().contains("internal error"), r.err());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("2 findings (2 error, 0 warning, 0 info) in 1 process modules, 1 files"), r.err());
    }
}
