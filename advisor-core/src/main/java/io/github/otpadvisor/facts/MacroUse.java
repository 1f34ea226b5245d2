package io.github.otpadvisor.facts;

/**
 * A {@code use M} or {@code @behaviour M} written inside a {@code quote} of a module's {@code __using__} macro:
 * every module that {@code use}s it gets that line.
 *
 * @param branch    null for the quote of {@code __using__} itself; for a dispatching {@code __using__(which)}
 *                  ({@code apply(__MODULE__, which, [])}), the name of the function whose quote it is
 *                  ({@code live_view})
 * @param module    the resolved module used or declared
 * @param behaviour written as {@code @behaviour} (else {@code use})
 * @param location  the line inside the quote
 */
public record MacroUse(String branch, String module, boolean behaviour, Location location) {
    /** The line as written, for evidence. */
    public String text() {
        return (behaviour ? "@behaviour " : "use ") + module;
    }
}
