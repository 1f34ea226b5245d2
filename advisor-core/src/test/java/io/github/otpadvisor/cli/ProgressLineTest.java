package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line: silent on short runs, rewritten in place on a terminal, plain lines when asked elsewhere. */
class ProgressLineTest {
    private static final long SECOND = 1_000_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final EscapingPrintStream err = new EscapingPrintStream(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    private long now;

    private ProgressLine line(boolean terminal, boolean asked) {
        return new ProgressLine(err, terminal, asked, () -> now);
    }

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aShortRunSaysNothing() {
        ProgressLine p = line(true, false);
        for (int i = 1; i <= 100; i++) {
            now += 10_000_000L; // 100 files in a second
            p.filesDone(i, 100);
        }
        assertEquals("", shown());
    }

    @Test
    void onATerminalALongRunRewritesOneLineAndErasesItAtTheEnd() {
        ProgressLine p = line(true, false);
        now = 3 * SECOND;
        p.filesDone(10, 1000);
        now += SECOND / 100;
        p.filesDone(11, 1000); // too soon to redraw
        now += SECOND;
        p.filesDone(999, 1000);
        p.filesDone(1000, 1000);
        String s = shown();
        assertEquals("\rotp-advisor: 10/1000 files\rotp-advisor: 999/1000 files\r" + " ".repeat(27) + "\r", s);
        assertTrue(!s.contains("\n"), "never a line of its own on a terminal");
    }

    @Test
    void notOnATerminalNothingUnlessAskedThenLinesEveryFewSeconds() {
        ProgressLine quiet = line(false, false);
        now = 10 * SECOND;
        quiet.filesDone(1, 3);
        quiet.filesDone(3, 3);
        assertEquals("", shown());
        now = 0;
        ProgressLine asked = line(false, true);
        asked.filesDone(1, 300);
        now += SECOND;
        asked.filesDone(2, 300);
        now += 2 * SECOND;
        asked.filesDone(200, 300);
        asked.filesDone(300, 300);
        assertEquals("otp-advisor: 1/300 files\notp-advisor: 200/300 files\notp-advisor: 300/300 files\n",
                shown().replace(System.lineSeparator(), "\n"));
    }
}
