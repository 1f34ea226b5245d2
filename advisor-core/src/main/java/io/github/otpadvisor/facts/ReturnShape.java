package io.github.otpadvisor.facts;

/**
 * One return of a callback clause.
 *
 * @param tag   the first element: {@code reply}, {@code noreply}, {@code stop}, {@code ok}, {@code ignore},
 *              {@code continue}; {@code other} when not a literal tuple
 * @param extra the trailing action when present: {@code timeout}, {@code hibernate}, {@code continue}; else null
 * @param state how the returned state relates to the received one
 * @param text  the return as written (shortened)
 */
public record ReturnShape(String tag, String extra, StateResult state, Location location, String text) {
    public boolean hasTimeout() {
        return "timeout".equals(extra);
    }

    public boolean hibernates() {
        return "hibernate".equals(extra);
    }

    public boolean continues() {
        return "continue".equals(extra);
    }
}
