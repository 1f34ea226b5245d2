package io.github.otpadvisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz findings that were fixed on other branches than the fuzzing's, kept as plain regression tests
 * (inputs under {@code fuzz/known/}).
 */
class KnownFindingsTest {
    @TempDir
    Path dir;

    /**
     * Eight generated supervisors, each listing the next one four times: before issue 16 the trees
     * expanded a shared child again on every path to it (16,384 paths, 44 MB of reports from a 122-byte
     * input); now each is expanded once.
     */
    @Test
    void sharedChildrenAreExpandedOnce() throws IOException {
        byte[] input = input("shared-children-fan-out");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ProjectFuzzTest.analyzeAndReport(input, dir));
        assertTrue(bytesUnder(dir.resolve("out")) < 1_000_000, "reports of a few KB of source stay small");
    }

    private static byte[] input(String name) throws IOException {
        try (InputStream in = KnownFindingsTest.class.getResourceAsStream("known/" + name)) {
            return in.readAllBytes();
        }
    }

    private static long bytesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
