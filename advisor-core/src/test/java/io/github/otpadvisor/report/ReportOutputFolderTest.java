package io.github.otpadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is shared with the user (it may be the project itself, {@code --out .}): only the
 * tool's own reports are ever replaced, the whole set or nothing, one writer at a time, readable by others.
 */
class ReportOutputFolderTest {
    private static final AnalysisResult PROJECT = ReportFixtures.analyze("project");
    private static final AnalysisResult HOSTILE = ReportFixtures.analyze("hostile");
    private static final ReportFormat[] ALL = {ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.MD, ReportFormat.HTML};

    private static void write(AnalysisResult result, Path out, ReportFormat... formats) throws Exception {
        ReportWriter.write(result, new ReportSettings(Set.of(formats), out, null, ReportFixtures.VERSION));
    }

    @Test
    void theUsersOwnFoldersAndFilesAreNeverReplaced(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("md"));
        Files.writeString(out.resolve("md/notes.md"), "my notes");
        Files.createDirectories(out.resolve("html"));
        Files.writeString(out.resolve("html/mine.html"), "<p>mine</p>");
        Files.writeString(out.resolve("otp-advisor.json"), "{\"mine\": 1}");
        Files.writeString(out.resolve("otp-advisor.sarif"),
                "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"OtherTool\"}}}]}");
        Map<String, String> before = ReportFixtures.read(out);

        ReportException e = assertThrows(ReportException.class, () -> write(PROJECT, out, ALL));
        for (String name : List.of("otp-advisor.json", "otp-advisor.sarif", "md", "html")) {
            assertTrue(e.getMessage().contains(name), name + " named: " + e.getMessage());
        }
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("did not create"), e.getMessage());
        assertTrue(e.getMessage().contains("choose another output folder"), e.getMessage());
        assertEquals(before, ReportFixtures.read(out), "nothing replaced, nothing added, not even a lock file");
    }

    @Test
    void oneForeignEntryStopsTheWholeSet(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("html"));
        Files.writeString(out.resolve("html/mine.html"), "<p>mine</p>");
        ReportException e = assertThrows(ReportException.class, () -> write(PROJECT, out, ALL));
        assertTrue(e.getMessage().contains(out.resolve("html").toString()), e.getMessage());
        assertEquals(Map.of("html/mine.html", "<p>mine</p>"), ReportFixtures.read(out));
    }

    @Test
    void reportsOfOtherToolsUnderOurNamesAreNotOverwritten(@TempDir Path out) throws Exception {
        for (String foreign : List.of("", "not json", "{\"tool\": {\"name\": \"other\"}}", "[1, 2]",
                "{\"tool\": \"otp-advisor\"}")) {
            Files.writeString(out.resolve("otp-advisor.json"), foreign);
            assertThrows(ReportException.class, () -> write(PROJECT, out, ReportFormat.JSON), foreign);
            assertEquals(foreign, Files.readString(out.resolve("otp-advisor.json")));
        }
    }

    @Test
    void ourOwnReportsAreReplacedByTheNextRun(@TempDir Path out, @TempDir Path hostileOnly) throws Exception {
        write(PROJECT, out, ALL);
        write(HOSTILE, out, ALL);
        write(HOSTILE, hostileOnly, ALL);
        assertEquals(ReportFixtures.reports(hostileOnly), ReportFixtures.reports(out));
    }

    @Test
    void aRefusedRunLeavesThePreviousSetWhole(@TempDir Path out) throws Exception {
        write(PROJECT, out, ReportFormat.JSON, ReportFormat.MD);
        Map<String, String> before = ReportFixtures.reports(out);
        Files.writeString(out.resolve("html"), "a file of the user's where the html folder would go");
        assertThrows(ReportException.class, () -> write(HOSTILE, out, ALL));
        Map<String, String> after = ReportFixtures.reports(out);
        after.remove("html");
        assertEquals(before, after, "no format of the new run beside the old ones");
        assertFalse(Files.exists(out.resolve("otp-advisor.sarif")));
    }

    @Test
    void anExistingSiteFolderOfTheUserIsNotReplaced(@TempDir Path site, @TempDir Path fresh) throws Exception {
        Path pages = site.resolve("otp-advisor");
        Files.createDirectories(pages);
        Files.writeString(pages.resolve("index.html"), "the user's page");
        ReportException e = assertThrows(ReportException.class,
                () -> ReportWriter.writeSite(PROJECT, pages, null, ReportFixtures.VERSION));
        assertTrue(e.getMessage().contains(pages.toString()), e.getMessage());
        assertEquals("the user's page", Files.readString(pages.resolve("index.html")));

        Path ours = site.resolve("ours");
        ReportWriter.writeSite(PROJECT, ours, null, ReportFixtures.VERSION);
        ReportWriter.writeSite(HOSTILE, ours, null, ReportFixtures.VERSION);
        ReportWriter.writeSite(HOSTILE, fresh.resolve("ours"), null, ReportFixtures.VERSION);
        assertEquals(ReportFixtures.reports(fresh.resolve("ours")), ReportFixtures.reports(ours), "replaced as a whole");
    }

    @Test
    void anOutputPathThatIsAFileIsNamedAsOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reports");
        Files.writeString(file, "x");
        ReportException e = assertThrows(ReportException.class, () -> write(PROJECT, file, ReportFormat.JSON));
        assertEquals(file + ": is a file, not a folder", e.getMessage());
        e = assertThrows(ReportException.class, () -> write(PROJECT, file.resolve("sub"), ReportFormat.JSON));
        assertEquals(file + ": is a file, not a folder", e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void leftoversOfInterruptedRunsAreCleanedByTheNext(@TempDir Path out) throws Exception {
        write(PROJECT, out, ALL);
        Map<String, String> reports = ReportFixtures.reports(out);
        for (String dir : List.of(".md-new-123", ".md-old-4567", ".html-new-89", ".html-old-1")) {
            Files.createDirectories(out.resolve(dir).resolve("modules"));
            Files.writeString(out.resolve(dir).resolve("modules/x.md"), "stale");
        }
        Files.writeString(out.resolve(".otp-advisor.json4242.tmp"), "{");
        Files.writeString(out.resolve(".otp-advisor.sarif17.tmp"), "{");
        Files.writeString(out.resolve(".md-new-notes"), "the user's, not a leftover of ours");
        write(PROJECT, out, ALL);
        assertEquals("the user's, not a leftover of ours", Files.readString(out.resolve(".md-new-notes")));
        Files.delete(out.resolve(".md-new-notes"));
        assertEquals(reports, ReportFixtures.reports(out), "exactly the reports, nothing beside them");
    }

    @Test
    void concurrentWritersTakeTurnsAndEachSucceeds(@TempDir Path out, @TempDir Path a, @TempDir Path b)
            throws Exception {
        AnalysisResult small = ReportFixtures.analyze("hostile/lib/hostile.ex"); // quick to render: mostly writing
        write(small, a, ALL);
        write(PROJECT, b, ALL);
        int rounds = 10;
        List<AnalysisResult> writers = List.of(small, PROJECT, small, small);
        CyclicBarrier start = new CyclicBarrier(writers.size());
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<Void>> runs = new ArrayList<>();
            for (AnalysisResult result : writers) {
                Callable<Void> writer = () -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        write(result, out, ALL);
                    }
                    return null;
                };
                runs.add(pool.submit(writer));
            }
            for (Future<Void> run : runs) {
                run.get(); // rethrows a writer's failure
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, String> last = ReportFixtures.reports(out);
        assertTrue(last.equals(ReportFixtures.reports(a)) || last.equals(ReportFixtures.reports(b)),
                "one whole generation: " + last.keySet());
    }

    @Test
    void reportsAreReadableByOthersAsAnyFileTheUserCreates(@TempDir Path out) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path plainFile = Files.writeString(out.resolve("plain"), "x"); // modes as the umask allows
        Path plainDir = Files.createDirectory(out.resolve("plain-dir"));
        Set<PosixFilePermission> fileModes = Files.getPosixFilePermissions(plainFile);
        Set<PosixFilePermission> dirModes = Files.getPosixFilePermissions(plainDir);
        Path reports = out.resolve("reports");
        write(PROJECT, reports, ALL);
        ReportWriter.writeSite(PROJECT, out.resolve("site/otp-advisor"), null, ReportFixtures.VERSION);
        for (Path root : List.of(reports, out.resolve("site"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.toList()) {
                    boolean dir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                    assertEquals(dir ? dirModes : fileModes, Files.getPosixFilePermissions(p), p.toString());
                }
            }
        }
    }
}
