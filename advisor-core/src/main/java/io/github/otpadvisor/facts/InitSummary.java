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
 * @param gates     where a call sits relative to the decision to start (by call location; absent means
 *                  {@link Gate#NONE}): the calls of {@code init/1} and of the local helpers it calls
 * @param body      its only clause's parameter and body as written (dedented), when short and read back exactly, or
 *                  null: a sketch that starts the same state another way (an Agent) moves it
 * @param inputs    the fresh values and configuration reads of {@code init/1} and its local helpers: a restart
 *                  reads them again, so the state it rebuilds is not the one before
 */
public record InitSummary(Location location, InitState state, String stateText, List<ReturnShape> returns,
                          List<Signal> signals, boolean doesWork, java.util.Map<Location, Gate> gates,
                          Body body, List<StartInput> inputs) {
    public InitSummary {
        returns = List.copyOf(returns);
        signals = List.copyOf(signals);
        gates = gates == null ? java.util.Map.of() : java.util.Map.copyOf(gates);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    /** Without {@link #inputs}: none read. */
    public InitSummary(Location location, InitState state, String stateText, List<ReturnShape> returns,
                       List<Signal> signals, boolean doesWork, java.util.Map<Location, Gate> gates, Body body) {
        this(location, state, stateText, returns, signals, doesWork, gates, body, List.of());
    }

    /** Without {@link #body}. */
    public InitSummary(Location location, InitState state, String stateText, List<ReturnShape> returns,
                       List<Signal> signals, boolean doesWork, java.util.Map<Location, Gate> gates) {
        this(location, state, stateText, returns, signals, doesWork, gates, null);
    }

    /**
     * The code of a one-clause {@code init/1}.
     *
     * @param param its parameter as written ({@code opts}, {@code _args})
     * @param text  its body as written
     */
    public record Body(String param, String text) {
    }

    /** Without {@link #gates}. */
    public InitSummary(Location location, InitState state, String stateText, List<ReturnShape> returns,
                       List<Signal> signals, boolean doesWork) {
        this(location, state, stateText, returns, signals, doesWork, java.util.Map.of());
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

    /**
     * Where a call of {@code init/1} (or of a helper it calls) sits relative to the decision to start. A call
     * reached several ways gets the weakest gate of them (one plain way is enough to hold the start up).
     */
    public enum Gate {
        /** On the way to starting: its time adds to every start. */
        NONE,
        /** Its result decides whether init/1 refuses to start ({@code {:stop, _}}, {@code {:error, _}}). */
        DECIDES_REFUSAL,
        /** Its result decides whether init/1 returns {@code :ignore}: a check whether to start at all. */
        DECIDES_IGNORE,
        /** Runs only on a branch that does not start the process ({@code :ignore}, {@code {:stop, _}}). */
        NOT_STARTING,
        /** A {@code receive} that takes a message already there: {@code after 0}, or the flush of a timer that
         *  {@code Process.cancel_timer/1} found already fired. */
        FLUSH,
        /** Runs in another process init/1 starts ({@code spawn(fn -> ... end)}, {@code Task.start/1}). */
        ELSEWHERE
    }

    public Gate gate(Location at) {
        return gates.getOrDefault(at, Gate.NONE);
    }

    public boolean has(Signal.Kind kind) {
        return signals.stream().anyMatch(s -> s.kind() == kind);
    }
}
