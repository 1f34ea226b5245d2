package io.github.otpadvisor.cli;

import io.github.otpadvisor.analysis.Progress;
import java.util.function.LongSupplier;

/**
 * How far the per-file stage is, on stderr, for runs long enough to wonder about: on a terminal one line
 * rewritten in place ({@code otp-advisor: 1200/5400 files}) that shows up only after {@link #DELAY} and is erased
 * when the files are done; elsewhere (a CI log, a pipe) nothing, unless asked with {@code --progress}, which shows
 * it from the start, as separate lines at most every {@link #LINE_EVERY} when not on a terminal. stdout is never
 * touched, so no output format is ever mixed with it.
 */
final class ProgressLine implements Progress {
    static final long DELAY = 2_000_000_000L;
    static final long REDRAW_EVERY = 200_000_000L;
    static final long LINE_EVERY = 2_000_000_000L;

    private final EscapingPrintStream err;
    private final boolean terminal;
    private final boolean asked;
    private final LongSupplier clock;
    private final long start;
    private long shownAt;
    private boolean shown;

    ProgressLine(EscapingPrintStream err, boolean terminal, boolean asked, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.asked = asked;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** For the command line: a terminal when Java sees one (stdin and stdout attached to a console). */
    static Progress of(java.io.PrintStream err, boolean asked) {
        if (!(err instanceof EscapingPrintStream e)) {
            return Progress.NONE;
        }
        boolean terminal = System.console() != null;
        return terminal || asked ? new ProgressLine(e, terminal, asked, System::nanoTime) : Progress.NONE;
    }

    @Override
    public void filesDone(int done, int total) {
        long now = clock.getAsLong();
        boolean last = done >= total;
        if (!terminal && !asked || !asked && now - start < DELAY) {
            return; // a log nobody asked to fill, or a short run: nothing
        }
        if (terminal) {
            if (last) {
                if (shown) {
                    err.rewrite("");
                }
            } else if (!shown || now - shownAt >= REDRAW_EVERY) {
                show(now);
                err.rewrite(text(done, total));
            }
            return;
        }
        if (last || !shown || now - shownAt >= LINE_EVERY) {
            show(now);
            err.println(text(done, total));
        }
    }

    private void show(long now) {
        shown = true;
        shownAt = now;
    }

    private static String text(int done, int total) {
        return "otp-advisor: " + done + "/" + total + " files";
    }
}
