package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.cache.FactsCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cache DIR}, {@code --no-cache} and {@code --progress} on the command line. */
class AnalyzeCacheOptionsTest {
    @TempDir
    Path dir;
    private Path project;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeProject() throws IOException {
        project = Files.createDirectories(dir.resolve("project/lib/shop")).getParent().getParent();
        Files.writeString(project.resolve("lib/shop/pricing.ex"), StatelessGenServer.named("Shop.Pricing"));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theCacheGoesWhereItIsToldOrNowhere() {
        Path cache = dir.resolve("cache");
        run("analyze", "--format", "json", "--cache", cache.toString(), project.toString());
        String cold = out.toString(StandardCharsets.UTF_8);
        assertTrue(Files.isRegularFile(cache.resolve(FactsCache.FILE_NAME)));
        run("analyze", "--format", "json", "--cache", cache.toString(), project.toString());
        assertEquals(cold, out.toString(StandardCharsets.UTF_8), "warm: the same JSON");
        Path reports = dir.resolve("out");
        run("analyze", "--format", "json", "--no-cache", "--out", reports.toString(), project.toString());
        assertTrue(Files.isRegularFile(reports.resolve("otp-advisor.json")));
        assertTrue(Files.notExists(reports.resolve(FactsCache.FILE_NAME)));
        run("analyze", "--format", "json", "--out", reports.toString(), project.toString());
        assertTrue(Files.isRegularFile(reports.resolve(FactsCache.FILE_NAME)), "by default in the output folder");
    }

    @Test
    void cacheAndNoCacheExcludeEachOther() {
        assertEquals(2, run("analyze", "--no-cache", "--cache", "x", project.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--cache and --no-cache exclude each other"));
    }

    @Test
    void progressNeverReachesStdout() {
        run("analyze", "--format", "json", "--no-cache", project.toString());
        String plain = out.toString(StandardCharsets.UTF_8);
        run("analyze", "--format", "json", "--no-cache", "--progress", project.toString());
        assertEquals(plain, out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("otp-advisor: 1/1 files"),
                err.toString(StandardCharsets.UTF_8));
    }
}
