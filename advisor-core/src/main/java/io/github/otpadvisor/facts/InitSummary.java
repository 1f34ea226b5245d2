package io.github.otpadvisor.facts;

import java.util.List;

/**
 * What {@code init/1} does: the state it returns and the work it starts.
 *
 * @param state     what kind of state it returns
 * @param stateText the returned state as written (first return), or null
 * @param returns   every return found
 * @param signals   timers, trap_exit, ETS tables, ports and sockets, blocking work (its own and of the
 *                  local helpers it calls)
 * @param doesWork  some clause runs statements before its return (a start-up step when it returns {@code :ignore})
 */
public record InitSummary(Location location, InitState state, String stateText, List<ReturnShape> returns,
                          List<Signal> signals, boolean doesWork) {
    public InitSummary {
        returns = List.copyOf(returns);
        signals = List.copyOf(signals);
    }

    /** Without {@link #doesWork}: only its signals tell. */
    public InitSummary(Location location, InitState state, String stateText, List<ReturnShape> returns,
                       List<Signal> signals) {
        this(location, state, stateText, returns, signals, !signals.isEmpty());
    }

    public enum InitState {
        /** A literal that carries nothing: {@code nil}, {@code :ok}, {@code %{}}, {@code []}, a number. */
        CONSTANT,
        /** Built from the init argument. */
        FROM_ARGS,
        /** Computed some other way (a call, a literal with content). */
        COMPUTED,
        /** Every return is {@code :ignore} (or a stop): the process never runs. */
        IGNORED,
        /** Not readable (no literal {@code {:ok, state}} return). */
        UNKNOWN
    }

    public boolean has(Signal.Kind kind) {
        return signals.stream().anyMatch(s -> s.kind() == kind);
    }
}
