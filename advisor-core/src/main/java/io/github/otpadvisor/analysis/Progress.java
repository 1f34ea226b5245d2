package io.github.otpadvisor.analysis;

/**
 * Where the per-file stage says how far it is, for a person watching a long run (the command line's stderr, the
 * Maven log). Called on the analyzing thread, in order, after each file; what to show and when is the sink's.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} files have their facts (from the cache or parsed). */
    void filesDone(int done, int total);
}
