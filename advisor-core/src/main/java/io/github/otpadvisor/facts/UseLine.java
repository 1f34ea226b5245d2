package io.github.otpadvisor.facts;

/**
 * One {@code use M} or {@code use M, :kind} line of a module: linking resolves a project module's
 * {@code __using__} through it.
 *
 * @param module   the resolved module used
 * @param option   the atom given as the second argument ({@code :live_view}), or null
 * @param location the line
 */
public record UseLine(String module, String option, Location location) {
    public UseLine {
        module = Interned.of(module);
        option = Interned.of(option);
    }
}
