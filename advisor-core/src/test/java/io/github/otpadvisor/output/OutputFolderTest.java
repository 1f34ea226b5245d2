package io.github.otpadvisor.output;

import static io.github.otpadvisor.output.Generations.assertHolds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The switch of a whole generation in one process: failures at every step, leftovers, the lock, names. */
class OutputFolderTest {
    private static final OutputSet OLD = Generations.of("old");
    private static final OutputSet NEW = Generations.of("new");

    /** A write that fails at step {@code failAt}; the names of the steps reached are collected. */
    private static OutputFolder failingAt(Path dir, int failAt, List<String> reached) {
        AtomicInteger step = new AtomicInteger();
        return new OutputFolder(dir, Generations.STAMPS, OutputFolder.WAIT, name -> {
            reached.add(name);
            if (step.getAndIncrement() == failAt) {
                throw new IOException("no space left on device (at " + name + ")");
            }
        });
    }

    @Test
    void aFailureAtAnyStepLeavesThePreviousGenerationWhole(@TempDir Path root) throws Exception {
        List<String> steps = new ArrayList<>();
        Generations.folder(root.resolve("probe")).write(OLD);
        failingAt(root.resolve("probe"), -1, steps).write(NEW);
        assertEquals(List.of("stage report.json", "stage md", "stage html", "commit", "unpublish",
                "aside report.json", "in report.json", "aside md", "in md", "aside html", "in html", "publish",
                "clean"), steps);
        for (int i = 0; i < steps.size(); i++) {
            int failAt = i;
            Path dir = root.resolve("fail-" + failAt);
            Generations.folder(dir).write(OLD);
            List<String> reached = new ArrayList<>();
            String step = steps.get(failAt);
            if (step.equals("clean")) {
                failingAt(dir, failAt, reached).write(NEW); // the reports are in place: the run succeeds
                assertTrue(Files.exists(dir.resolve(SetSwitch.PREVIOUS)), "left for the next run");
                Generations.folder(dir).write(NEW);
                assertHolds(dir, NEW);
                continue;
            }
            IOException e = assertThrows(IOException.class, () -> failingAt(dir, failAt, reached).write(NEW), step);
            assertTrue(e.getMessage().contains(step), e.getMessage());
            assertHolds(dir, OLD);
        }
    }

    @Test
    void aFirstWriteThatFailsLeavesNothingButTheLock(@TempDir Path dir) throws Exception {
        assertThrows(IOException.class, () -> failingAt(dir, 4, new ArrayList<>()).write(NEW));
        assertEquals(Map.of(OutputLock.NAME, ""), Generations.files(dir));
    }

    @Test
    void aCommittedStagingIsFinishedAndAnUncommittedOneDropped(@TempDir Path root) throws Exception {
        Path committed = root.resolve("committed");
        Generations.folder(committed).write(OLD);
        SetSwitch left = new SetSwitch(committed, step -> { }, (p, folder) -> true);
        left.stage(NEW); // and killed before the switch
        Generations.folder(committed).recoverNow(Generations.NAMES);
        assertHolds(committed, NEW);

        Path uncommitted = root.resolve("uncommitted");
        Generations.folder(uncommitted).write(OLD);
        Files.createDirectories(uncommitted.resolve(SetSwitch.STAGING).resolve("md"));
        Files.writeString(uncommitted.resolve(SetSwitch.STAGING).resolve("md/index.md"), "half");
        Files.createDirectories(uncommitted.resolve(SetSwitch.PREVIOUS).resolve("html"));
        Generations.folder(uncommitted).recoverNow(Generations.NAMES);
        assertHolds(uncommitted, OLD);
    }

    @Test
    void leftoversOfEarlierVersionsAreDeletedAndLookalikesKept(@TempDir Path dir) throws Exception {
        Generations.folder(dir).write(OLD);
        for (String left : List.of(".md-new-1234", ".html-old-99", ".report.json8812.tmp")) {
            Files.createDirectories(dir.resolve(left).resolve("sub"));
        }
        Files.writeString(dir.resolve(".md-new-mine"), "x");
        Files.writeString(dir.resolve(".notes.json123.tmp"), "x");
        Generations.folder(dir).write(NEW);
        assertTrue(Files.exists(dir.resolve(".md-new-mine")));
        assertTrue(Files.exists(dir.resolve(".notes.json123.tmp")));
        Files.delete(dir.resolve(".md-new-mine"));
        Files.delete(dir.resolve(".notes.json123.tmp"));
        assertHolds(dir, NEW);
    }

    @Test
    void aLinkInPlaceOfAFolderIsNotOursAndNotFollowed(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
        Generations.folder(elsewhere).write(OLD); // a folder of ours, behind a link
        Files.createSymbolicLink(dir.resolve("md"), elsewhere.resolve("md"));
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> Generations.folder(dir).write(NEW));
        assertEquals(dir.resolve("md") + ": otp-advisor did not create it and replaces only its own reports "
                + "(folders holding its .otp-advisor marker file, JSON and SARIF files it wrote); move it away or "
                + "choose another output folder", e.getMessage());
        assertHolds(elsewhere, OLD);
    }

    @Test
    void threadsWritingOneFolderTakeTurns(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (OutputSet set : List.of(OLD, NEW, OLD, NEW)) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        Generations.folder(dir).write(set);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Generations.files(dir).equals(Generations.expected(OLD))
                || Generations.files(dir).equals(Generations.expected(NEW)));
    }

    @Test
    void aBusyFolderIsRefusedAfterTheWait(@TempDir Path dir) throws Exception {
        try (OutputLock held = OutputLock.acquire(dir, Duration.ofSeconds(1))) {
            OutputFolder impatient = new OutputFolder(dir, Generations.STAMPS, Duration.ofSeconds(1), step -> { });
            OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> impatient.write(NEW));
            assertEquals(dir + ": another otp-advisor run has been writing its reports here for 1 s (it holds "
                    + dir.resolve(OutputLock.NAME) + "); try again when it has finished, or choose another output "
                    + "folder", e.getMessage());
        }
        Generations.folder(dir).write(NEW); // released
        assertHolds(dir, NEW);
    }

    @Test
    void namesAndPathsThatWouldLeaveTheFolderAreDefects() {
        for (String bad : new String[] {"../x", "a/../../x", "/etc/x", "", "a\\..\\..\\x", ".otp-advisor"}) {
            assertThrows(IllegalArgumentException.class, () -> OutputSet.checkPath(bad), bad);
        }
        for (String bad : new String[] {"..", ".", "a/b", "", ".otp-advisor-manifest", "x\ny"}) {
            assertThrows(IllegalArgumentException.class, () -> OutputSet.builder().file(bad, ""), bad);
        }
        assertFalse(OutputSet.checkPath("modules/A.html").isEmpty());
    }
}
