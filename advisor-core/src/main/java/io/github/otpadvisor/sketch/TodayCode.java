package io.github.otpadvisor.sketch;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the module's code does today that a sketch must keep (RULEBOOK §5, Implementation): the messages it
 * handles with their shapes, its {@code restart:}/{@code shutdown:} options, the timers and monitors its
 * {@code init} starts, and, when its pattern already fits, the changes its findings call for. Texts are Elixir
 * as written in the module; the renderers use only those that are one line, parse and are safe in a fence.
 *
 * @param fits          the abstraction and the placement fit: the sketch rewrites nothing
 * @param fitsAs        for a fitting module, its pattern and placement in words ({@code GenServer, static child})
 * @param handlers      every handle_call/handle_cast/handle_info clause with an atom tag, in order
 * @param useOptions    {@code restart}/{@code shutdown} of its {@code use} line, printed ({@code :temporary})
 * @param childSpec     it defines {@code child_spec/1} itself
 * @param initCalls     timers, monitors and {@code trap_exit} its {@code init/1} starts (also through its helpers)
 * @param stateMachine  it is a {@code gen_statem} today
 * @param findings      its findings, for the before/after of a fitting module
 * @param initState     the state init/1 returns, as written, when it is one literal line (no variables), or null
 * @param plain         its public functions ({@code name/arity}) that message no process: they stay plain
 * @param appChild      the child spec its application starts it with ({@code {Shop.Cache, ttl: 60}}), as
 *                      written, or null when the application does not start it
 */
public record TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                        boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                        String initState, java.util.Set<String> plain, String appChild) {
    /** Nothing known: a planned feature, or a test input. */
    public static final TodayCode NONE = new TodayCode(false, null, List.of(), Map.of(), false, List.of(), false,
            List.of(), null, java.util.Set.of(), null);

    public TodayCode {
        handlers = List.copyOf(handlers);
        useOptions = Map.copyOf(useOptions);
        initCalls = List.copyOf(initCalls);
        findings = List.copyOf(findings);
        plain = plain == null ? java.util.Set.of() : java.util.Set.copyOf(plain);
    }

    /**
     * One clause of a message callback.
     *
     * @param callback {@code handle_call}, {@code handle_cast} or {@code handle_info}
     * @param message  its message pattern as written ({@code {:put, key, value}})
     * @param tag      the pattern's leading atom ({@code put}), empty for a pattern without one (a map)
     * @param stateVar the name the clause gives the state, or null
     * @param result   its only return as written ({@code {:reply, state.n, %{state | n: state.n + 1}}}), when it
     *                 has one and it is one line of Elixir; else null
     */
    public record Handler(String callback, String message, String tag, String stateVar, String result) {
        public Handler(String callback, String message, String tag) {
            this(callback, message, tag, null, null);
        }

        public Handler {
            Objects.requireNonNull(callback, "callback");
            Objects.requireNonNull(tag, "tag");
        }
    }

    /**
     * A timer, monitor or exit trap started while the process starts.
     *
     * @param text the call as written ({@code Process.send_after(self(), :tick, 1000)})
     * @param tag  the message it brings back ({@code tick}, {@code DOWN}, {@code EXIT}), or null
     * @param line its line in the module's file
     */
    public record InitCall(String text, String tag, int line) {
    }

    /**
     * A finding of the module and the code it points at.
     *
     * @param ruleId  {@code OTP013}
     * @param where   {@code lib/shop/cache.ex:12}
     * @param advice  the finding's message
     * @param before  the code at that line as written (a call, a clause head), or null when the facts do not hold it
     */
    public record Fix(String ruleId, String where, String advice, String before) {
    }
}
