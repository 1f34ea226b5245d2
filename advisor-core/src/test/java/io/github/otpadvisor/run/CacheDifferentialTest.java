package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.Progress;
import io.github.otpadvisor.cache.FactsCache;
import io.github.otpadvisor.cache.ResultCache;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The facts cache changes nothing a person reads: the JSON, SARIF, Markdown and HTML reports of every fixture
 * project are byte-identical without a cache, with a cold one, a warm one, and one that is partly stale (a third
 * of the files edited since it was written). The scripts/cache-check.sh run does the same on real projects.
 */
class CacheDifferentialTest {
    /** HTML too, but not for the 400 files of rule fixtures, where its pages would take most of the build's time. */
    private static final List<String> FORMATS = List.of("json", "sarif", "md", "html");
    private static final List<String> FORMATS_WITHOUT_HTML = List.of("json", "sarif", "md");

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/reports/project", "src/test/resources/reports/hostile",
            "src/test/resources/facts/umbrella", "src/test/resources/facts/cycle",
            "src/test/resources/facts/placement", "src/test/resources/assess/purpose",
            "src/test/resources/sketch/hostile", "src/test/resources/rules", "../examples/polyglot-shop"})
    void reportsAreIdenticalColdWarmAndPartlyWarm(String fixture, @TempDir Path tmp) throws Exception {
        Path src = copy(Path.of(fixture), tmp.resolve("src"));
        Path cache = tmp.resolve("cache");
        Map<String, String> none = reports(src, tmp.resolve("none"), null);
        assertTrue(none.size() > 2, fixture + ": reports written " + none.keySet());
        assertEquals(none, reports(src, tmp.resolve("cold"), cache), fixture + ": cold cache");
        assertTrue(Files.isRegularFile(cache.resolve(FactsCache.FILE_NAME)));
        assertEquals(none, reports(src, tmp.resolve("warm"), cache), fixture + ": warm cache");

        List<Path> files = elixirFiles(src);
        for (int i = 0; i < files.size(); i += 3) {
            Files.writeString(files.get(i), "\n# edited since the cache was written\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        Map<String, String> edited = reports(src, tmp.resolve("none2"), null);
        assertEquals(edited, reports(src, tmp.resolve("partly"), cache), fixture + ": partly warm cache");
        assertEquals(edited, reports(src, tmp.resolve("warm2"), cache), fixture + ": warm again");
    }

    @Test
    void aWarmCacheParsesNothingAndOneEditParsesOneFile(@TempDir Path tmp) throws Exception {
        Path src = copy(Path.of("src/test/resources/reports/project"), tmp.resolve("src"));
        // Test code is cached too (it once missed every time: its key did not match the facts' file name).
        Files.createDirectories(src.resolve("test"));
        Files.writeString(src.resolve("test/cart_test.exs"), "defmodule CartTest do\n  use ExUnit.Case\n"
                + "  test \"starts\" do\n    start_supervised!({Agent, fn -> %{} end})\n  end\nend\n");
        AnalysisOptions options = AnalysisOptions.defaults();
        AnalysisResult cold = analyze(src, tmp, options);
        FactsCache warm = FactsCache.open(tmp, options.maxFileBytes());
        AnalysisResult again = new Analyzer(options, warm, Progress.NONE).analyze(ScanRequest.everything(src));
        assertEquals(cold.filesAnalyzed(), warm.hits(), "every file from the cache");
        assertEquals(0, warm.misses());
        assertEquals(List.of(), warm.warnings());
        assertEquals(cold.findings(), again.findings());
        Files.writeString(elixirFiles(src).get(0), "\n", StandardOpenOption.APPEND);
        FactsCache one = FactsCache.open(tmp, options.maxFileBytes());
        new Analyzer(options, one, Progress.NONE).analyze(ScanRequest.everything(src));
        one.save();
        assertEquals(cold.filesAnalyzed() - 1, one.hits());
        assertEquals(1, one.misses());
    }

    @Test
    void theDefaultCacheLivesInTheOutputFolderAndNoCacheMeansNone(@TempDir Path tmp) throws Exception {
        Path src = copy(Path.of("src/test/resources/reports/project"), tmp.resolve("src"));
        Path out = tmp.resolve("out");
        AnalysisRun.run(RunPlan.validate(RunRequest.builder(src).formats(List.of("json")).outputDirectory(out)
                .build()));
        assertTrue(Files.isRegularFile(out.resolve(FactsCache.FILE_NAME)));
        Path off = tmp.resolve("off");
        AnalysisRun.run(RunPlan.validate(RunRequest.builder(src).formats(List.of("json")).outputDirectory(off)
                .analysisCache(false).build()));
        assertTrue(Files.isRegularFile(off.resolve("otp-advisor.json")));
        assertTrue(Files.notExists(off.resolve(FactsCache.FILE_NAME)));
        AnalysisRun.run(RunPlan.validate(RunRequest.builder(src).formats(List.of("json")).build()));
        try (Stream<Path> all = Files.walk(src)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().equals(FactsCache.FILE_NAME)),
                    "without an output folder or a cache location there is no cache");
        }
    }

    @Test
    void aCorruptCacheIsAWarningAndTheReportsStayTheSame(@TempDir Path tmp) throws Exception {
        Path src = copy(Path.of("src/test/resources/reports/project"), tmp.resolve("src"));
        Path cache = tmp.resolve("cache");
        Map<String, String> none = reports(src, tmp.resolve("none"), null);
        reports(src, tmp.resolve("cold"), cache);
        Path file = cache.resolve(FactsCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        RunOutcome outcome = AnalysisRun.run(plan(src, tmp.resolve("broken"), cache));
        assertEquals(none, read(tmp.resolve("broken")));
        assertEquals(1, outcome.sources().warnings().size(), outcome.sources().warnings().toString());
        assertTrue(outcome.sources().warnings().get(0).endsWith("corrupt or truncated cache; rebuilt"));
        assertEquals(List.of(), AnalysisRun.run(plan(src, tmp.resolve("fixed"), cache)).sources().warnings());
    }

    @Test
    void anOutputFolderThatRefusesTheReportsGetsNoCacheEither(@TempDir Path tmp) throws Exception {
        Path src = copy(Path.of("src/test/resources/reports/project"), tmp.resolve("src"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("otp-advisor.json"), "{\"mine\": true}");
        assertThrows(RunException.class, () -> AnalysisRun.run(RunPlan.validate(RunRequest.builder(src)
                .formats(List.of("json")).outputDirectory(out).build())));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("otp-advisor.json")), files.toList());
        }
    }

    /**
     * A run that writes only JSON and SARIF takes the last run's result when no input changed (no assessments: it
     * analyzed nothing), and analyzes again after a file, a mix.exs or an option changed: the reports are those of
     * a run without a cache every time.
     */
    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/reports/project", "src/test/resources/facts/umbrella",
            "src/test/resources/rules", "../examples/polyglot-shop"})
    void summaryReportsComeFromTheLastResultOnlyWhileNothingChanged(String fixture, @TempDir Path tmp)
            throws Exception {
        Path src = copy(Path.of(fixture), tmp.resolve("src"));
        Path cache = tmp.resolve("cache");
        Map<String, String> none = summaries(src, tmp.resolve("none"), null, Map.of());
        RunOutcome cold = AnalysisRun.run(summaryPlan(src, tmp.resolve("cold"), cache, Map.of()));
        assertTrue(cold.result().assessments() != null, "the first run analyzes");
        assertTrue(Files.isRegularFile(cache.resolve(ResultCache.FILE_NAME)));
        RunOutcome warm = AnalysisRun.run(summaryPlan(src, tmp.resolve("warm"), cache, Map.of()));
        assertNull(warm.result().assessments(), "nothing changed: the last result, nothing analyzed");
        assertEquals(none, read(tmp.resolve("cold")));
        assertEquals(none, read(tmp.resolve("warm")));
        assertEquals(List.of(), warm.sources().warnings());

        Map<String, String> severities = Map.of("OTP001", "info", "OTP005", "off");
        assertEquals(summaries(src, tmp.resolve("none-opt"), null, severities),
                summaries(src, tmp.resolve("opt"), cache, severities), fixture + ": other options");
        Path mix = elixirFiles(src).stream().filter(p -> p.getFileName().toString().equals("mix.exs")).findFirst()
                .orElse(null);
        if (mix != null) {
            Files.writeString(mix, Files.readString(mix).replaceFirst("app: :([a-z_]+)", "app: :$1_renamed"));
            RunOutcome renamed = AnalysisRun.run(summaryPlan(src, tmp.resolve("mix"), cache, Map.of()));
            assertTrue(renamed.result().assessments() != null, fixture + ": a mix.exs changed");
            assertEquals(summaries(src, tmp.resolve("none-mix"), null, Map.of()), read(tmp.resolve("mix")));
        }
        Path edited = elixirFiles(src).stream().filter(p -> p.toString().endsWith(".ex")).findFirst().orElseThrow();
        Files.writeString(edited, "\ndefmodule EditedSinceTheCache do\n  use GenServer\n  def init(s), do: {:ok, s}\n"
                + "end\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        RunOutcome again = AnalysisRun.run(summaryPlan(src, tmp.resolve("edited"), cache, Map.of()));
        assertTrue(again.result().assessments() != null, fixture + ": a file changed");
        assertEquals(summaries(src, tmp.resolve("none-edited"), null, Map.of()), read(tmp.resolve("edited")));
    }

    /**
     * A file whose size and modification time are those stamped is not read again (as git's index and Gradle's
     * file hasher do): an edit that keeps both is not seen, one that moves the time is.
     */
    @Test
    void stampedFilesAreNotReadAgainUntilTheirTimeMoves(@TempDir Path tmp) throws Exception {
        Path src = copy(Path.of("src/test/resources/reports/project"), tmp.resolve("src"));
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        List<Path> files = elixirFiles(src);
        for (Path f : files) {
            Files.setLastModifiedTime(f, old);
        }
        Path cache = tmp.resolve("cache");
        Map<String, String> before = summaries(src, tmp.resolve("cold"), cache, Map.of());
        assertNull(AnalysisRun.run(summaryPlan(src, tmp.resolve("warm"), cache, Map.of())).result().assessments());

        Path edited = files.stream().filter(p -> p.toString().endsWith(".ex")).findFirst().orElseThrow();
        String text = Files.readString(edited);
        Files.writeString(edited, text.replaceFirst("(?s)defmodule (\\S+)", "defmodule $1X").substring(0,
                text.length()));
        Files.setLastModifiedTime(edited, old);
        RunOutcome hidden = AnalysisRun.run(summaryPlan(src, tmp.resolve("hidden"), cache, Map.of()));
        assertNull(hidden.result().assessments(), "same size, same time: the stamp is trusted");
        assertEquals(before, read(tmp.resolve("hidden")));

        Files.setLastModifiedTime(edited, FileTime.fromMillis(System.currentTimeMillis()));
        RunOutcome seen = AnalysisRun.run(summaryPlan(src, tmp.resolve("seen"), cache, Map.of()));
        assertTrue(seen.result().assessments() != null, "its time moved: read, hashed, analyzed");
        assertEquals(summaries(src, tmp.resolve("none"), null, Map.of()), read(tmp.resolve("seen")));
    }

    @Test
    void pagesAreNeverWrittenFromTheLastResult(@TempDir Path tmp) throws Exception {
        Path src = copy(Path.of("src/test/resources/reports/project"), tmp.resolve("src"));
        Path cache = tmp.resolve("cache");
        reports(src, tmp.resolve("first"), cache);
        assertTrue(Files.notExists(cache.resolve(ResultCache.FILE_NAME)), "pages need the assessments");
        AnalysisRun.run(summaryPlan(src, tmp.resolve("json"), cache, Map.of()));
        RunOutcome pages = AnalysisRun.run(plan(src, tmp.resolve("second"), cache));
        assertTrue(pages.result().assessments() != null);
    }

    @Test
    void aCorruptOrForeignResultFileIsAWarningAndTheReportsStayTheSame(@TempDir Path tmp) throws Exception {
        Path src = copy(Path.of("src/test/resources/reports/project"), tmp.resolve("src"));
        Path cache = tmp.resolve("cache");
        Map<String, String> none = summaries(src, tmp.resolve("none"), null, Map.of());
        summaries(src, tmp.resolve("cold"), cache, Map.of());
        Path file = cache.resolve(ResultCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        RunOutcome corrupt = AnalysisRun.run(summaryPlan(src, tmp.resolve("corrupt"), cache, Map.of()));
        assertTrue(corrupt.result().assessments() != null);
        assertEquals(none, read(tmp.resolve("corrupt")));
        assertTrue(corrupt.sources().warnings().stream().anyMatch(w -> w.endsWith("corrupt or truncated cache;"
                + " rebuilt")), corrupt.sources().warnings().toString());
        assertNull(AnalysisRun.run(summaryPlan(src, tmp.resolve("fixed"), cache, Map.of())).result().assessments(),
                "written again whole");

        Files.writeString(file, "someone else's notes\n");
        RunOutcome foreign = AnalysisRun.run(summaryPlan(src, tmp.resolve("foreign"), cache, Map.of()));
        assertEquals(none, read(tmp.resolve("foreign")));
        assertEquals("someone else's notes\n", Files.readString(file), "left alone");
        assertTrue(foreign.sources().warnings().stream().anyMatch(w -> w.contains("not an otp-advisor cache")));
    }

    private static RunPlan summaryPlan(Path src, Path out, Path cache, Map<String, String> severities)
            throws ConfigurationException {
        return RunPlan.validate(RunRequest.builder(src).formats(List.of("json", "sarif")).outputDirectory(out)
                .analysisCache(cache != null).analysisCacheLocation(cache).ruleSeverities(severities)
                .toolVersion("1.0").build());
    }

    private static Map<String, String> summaries(Path src, Path out, Path cache, Map<String, String> severities)
            throws Exception {
        AnalysisRun.run(summaryPlan(src, out, cache, severities));
        return read(out);
    }

    private static AnalysisResult analyze(Path src, Path cacheDir, AnalysisOptions options) {
        FactsCache cache = FactsCache.open(cacheDir, options.maxFileBytes());
        AnalysisResult r = new Analyzer(options, cache, Progress.NONE).analyze(ScanRequest.everything(src));
        cache.save();
        assertEquals(0, cache.hits());
        return r;
    }

    private static RunPlan plan(Path src, Path out, Path cache) throws ConfigurationException {
        List<String> formats = src.resolve("OTP001").toFile().isDirectory() ? FORMATS_WITHOUT_HTML : FORMATS;
        return RunPlan.validate(RunRequest.builder(src).formats(formats).outputDirectory(out)
                .analysisCache(cache != null).analysisCacheLocation(cache).toolVersion("1.0").build());
    }

    /** The reports of one run, by path below the output folder (the folders' marker files left out). */
    private static Map<String, String> reports(Path src, Path out, Path cache) throws Exception {
        AnalysisRun.run(plan(src, out, cache));
        return read(out);
    }

    private static Map<String, String> read(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().startsWith(".")) {
                    files.put(out.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static List<Path> elixirFiles(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(".ex") || p.toString().endsWith(".exs")).sorted().toList();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
