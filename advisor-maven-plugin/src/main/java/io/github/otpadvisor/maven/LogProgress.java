package io.github.otpadvisor.maven;

import io.github.otpadvisor.analysis.Progress;
import java.util.function.LongSupplier;
import org.apache.maven.plugin.logging.Log;

/**
 * How far a long analysis is, in the build log: nothing for the first {@link #QUIET} (a usual module is done by
 * then), then one info line at most every {@link #EVERY}, and the last file. A log is not a terminal, so no line
 * is ever rewritten.
 */
final class LogProgress implements Progress {
    static final long QUIET = 5_000_000_000L;
    static final long EVERY = 5_000_000_000L;

    private final Log log;
    private final LongSupplier clock;
    private final long start;
    private long shownAt;
    private boolean shown;

    LogProgress(Log log, LongSupplier clock) {
        this.log = log;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public void filesDone(int done, int total) {
        long now = clock.getAsLong();
        if (now - start < QUIET) {
            return;
        }
        if (done >= total ? shown : !shown || now - shownAt >= EVERY) {
            shown = true;
            shownAt = now;
            log.info("OTP Advisor: " + done + "/" + total + " files");
        }
    }
}
