package io.github.otpadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress in the build log: nothing for a usual module, a line every few seconds on a long run, and the end. */
class LogProgressTest {
    private static final long SECOND = 1_000_000_000L;
    private long now;

    @Test
    void aShortRunLogsNothing() {
        RecordingLog log = new RecordingLog();
        LogProgress p = new LogProgress(log, () -> now);
        for (int i = 1; i <= 700; i++) {
            now += SECOND / 200;
            p.filesDone(i, 700);
        }
        assertEquals(List.of(), log.lines);
    }

    @Test
    void aLongRunLogsEveryFewSecondsAndTheEnd() {
        RecordingLog log = new RecordingLog();
        LogProgress p = new LogProgress(log, () -> now);
        for (int i = 1; i <= 5000; i++) {
            now += SECOND / 400; // 12.5 s in all
            p.filesDone(i, 5000);
        }
        assertEquals(List.of("[INFO] OTP Advisor: 2000/5000 files", "[INFO] OTP Advisor: 4000/5000 files",
                "[INFO] OTP Advisor: 5000/5000 files"), log.lines);
    }
}
