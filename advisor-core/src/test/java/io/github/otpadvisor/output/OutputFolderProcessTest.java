package io.github.otpadvisor.output;

import static io.github.otpadvisor.output.Generations.assertHolds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The switch against real process deaths and real other processes: a child JVM halted (as kill -9) at
 * every step of a write, two child JVMs writing one folder at once, a child holding the lock.
 */
class OutputFolderProcessTest {
    private static final OutputSet OLD = Generations.of("old");
    private static final OutputSet NEW = Generations.of("new");
    private static final OutputSet NEXT = Generations.of("next");

    private static Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OutputFolderChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<String> lines(Process p) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }

    private static int exit(Process p) throws InterruptedException {
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child finished");
        return p.exitValue();
    }

    @Test
    void aKillAtAnyStepLeavesAWholeOldOrNewGeneration(@TempDir Path root) throws Exception {
        for (int haltAt = 0; ; haltAt++) {
            Path dir = root.resolve("kill-" + haltAt);
            Generations.folder(dir).write(OLD);
            Process p = child("crash", dir.toString(), "new", Integer.toString(haltAt));
            List<String> steps = lines(p);
            int status = exit(p);
            if (status == 0) {
                assertTrue(haltAt > 10, "the child went through every step: " + steps);
                assertHolds(dir, NEW);
                return;
            }
            assertEquals(99, status, "halted at " + steps);
            boolean committed = steps.subList(0, steps.size() - 1).contains("commit");

            Generations.assertManifestTellsTheTruth(dir, OLD, NEW); // what a reader sees right after the kill
            Generations.folder(dir).recoverNow(Generations.NAMES);
            assertHolds(dir, committed ? NEW : OLD);
            Generations.folder(dir).write(NEXT);
            assertHolds(dir, NEXT);
        }
    }

    @Test
    void twoProcessesWritingOneFolderTakeTurns(@TempDir Path dir) throws Exception {
        Process a = child("loop", dir.toString(), "old", "15");
        Process b = child("loop", dir.toString(), "new", "15");
        assertEquals(0, exit(a));
        assertEquals(0, exit(b));
        Generations.assertManifestTellsTheTruth(dir, OLD, NEW);
        assertTrue(Generations.files(dir).equals(Generations.expected(OLD))
                || Generations.files(dir).equals(Generations.expected(NEW)));
    }

    @Test
    void aRunWaitsForTheLockOfAnotherProcessThenGivesUp(@TempDir Path dir) throws Exception {
        Generations.folder(dir).write(OLD);
        Process holder = child("hold", dir.toString());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("locked", in.readLine());
            OutputFolder impatient = new OutputFolder(dir, Generations.STAMPS, Duration.ofSeconds(1), step -> { });
            OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> impatient.write(NEW));
            assertTrue(e.getMessage().contains("another otp-advisor run has been writing its reports here"),
                    e.getMessage());
            assertHolds(dir, OLD);
            holder.getOutputStream().close(); // the holder ends and its lock goes with it
            assertEquals(0, exit(holder));
        }
        Generations.folder(dir).write(NEW);
        assertHolds(dir, NEW);
    }
}
