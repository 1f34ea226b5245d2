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
 * @param useOptions    {@code restart}/{@code shutdown} of its {@code use} line, printed ({@code :temporary}); else
 *                      the ones every production start of it gives (its start_child's map spec): a sketch's use line
 *                      carries them
 * @param childSpec     it defines {@code child_spec/1} itself
 * @param initCalls     timers, monitors and {@code trap_exit} its {@code init/1} starts (also through its helpers)
 * @param stateMachine  it is a {@code gen_statem} today
 * @param findings      its findings, for the before/after of a fitting module
 * @param initState     the state init/1 returns, as written, when it is one literal line (no variables), or null
 * @param plain         its public functions ({@code name/arity}) that message no process: they stay plain
 * @param appChild      the child spec its application starts it with ({@code {Shop.Cache, ttl: 60}}), as
 *                      written, or null when the application does not start it
 * @param init          its one-clause {@code init/1} as written, or null
 * @param agentCalls    its Agent calls as written, in order (a module that is an Agent today)
 * @param privates      its private functions, {@code name/arity}: code moved as written may call them, and they stay
 * @param startLink     its one {@code start_link} clause as written (parameters and body), or null
 * @param start         how today's code starts it (the spec as written, where, the keys it requires)
 * @param callbacks     every callback clause (handle_*, terminate, code_change) as written, in the file's order:
 *                      a sketch that keeps the abstraction keeps them
 * @param publics       every public function ({@code name/arity}); empty when not known: a test of the module as it
 *                      is calls only these
 * @param api           its public functions that read or write shared memory directly or message its process, with
 *                      their code as written: a sketch keeps the first as they are, and the second's names,
 *                      parameters and messages
 * @param running       names and modules its application's tree starts when the application starts, each with the
 *                      {@code file:line} of the entry: a test uses these, it does not start them again
 * @param where         {@code file:line} of each of its public functions ({@code name/arity}), for a test that names
 *                      one it cannot call with sample values
 * @param header        its alias/require/import/use lines and attributes as written: a rewrite keeps them
 * @param outsideSends  the calls, casts and sends other modules' production code makes to its process directly
 *                      ({@code lib/cache.ex:42: GenServer.cast {:put, key} in Reaper.Cache.cache/2}): a rewrite that
 *                      takes no messages changes them too
 * @param ownStarts     its own functions other than start_link ({@code name/arity}) that start its process with
 *                      {@code GenServer.start_link(__MODULE__, ..)}: a rewrite to another behaviour changes them
 * @param tests         the project's own test of it (its case template, how it starts it), or the case template its
 *                      Repo calls need: a test sketch sets up as the project's tests do
 * @param elixir        the Elixir versions its application's mix.exs declares, or null: a sketch that needs a newer
 *                      one says so
 * @param startedOutside a fitting module whose code stays while where it is started changes: today's start outside
 *                      any supervisor in words ({@code Common.Application.start/2}), else null
 * @param childSpecParams the parameter of each clause of its own child_spec/1 as written ("?" where it is no single
 *                      parameter); empty when it defines none or they are not known
 */
public record TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                        boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                        String initState, java.util.Set<String> plain, String appChild, Init init,
                        List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink,
                        TodayStart start, List<Clause> callbacks, java.util.Set<String> publics,
                        List<io.github.otpadvisor.facts.ApiFunction> api, Map<String, String> running,
                        Map<String, String> where, List<String> header, List<String> outsideSends,
                        java.util.Set<String> ownStarts, ProjectTests tests,
                        io.github.otpadvisor.facts.ElixirRequirement elixir, String startedOutside,
                        List<String> childSpecParams) {
    /** Nothing known: a planned feature, or a test input. */
    public static final TodayCode NONE = new TodayCode(false, null, List.of(), Map.of(), false, List.of(), false,
            List.of(), null, java.util.Set.of(), null);

    public TodayCode {
        handlers = List.copyOf(handlers);
        useOptions = Map.copyOf(useOptions);
        initCalls = List.copyOf(initCalls);
        findings = List.copyOf(findings);
        // In today's order: Set.copyOf's order changes from one run to the next.
        plain = plain == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(plain));
        agentCalls = agentCalls == null ? List.of() : List.copyOf(agentCalls);
        privates = privates == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(privates));
        start = start == null ? TodayStart.NONE : start;
        callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
        publics = publics == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(publics));
        api = api == null ? List.of() : List.copyOf(api);
        // In tree order: the first entry is the one a test names.
        running = running == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(running));
        where = where == null ? Map.of() : Map.copyOf(where);
        header = header == null ? List.of() : List.copyOf(header);
        outsideSends = outsideSends == null ? List.of() : List.copyOf(outsideSends);
        ownStarts = ownStarts == null ? java.util.Set.of() : java.util.Set.copyOf(ownStarts);
        tests = tests == null ? ProjectTests.NONE : tests;
        childSpecParams = childSpecParams == null ? List.of() : List.copyOf(childSpecParams);
    }

    /** Without its own child_spec/1's parameters. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks, java.util.Set<String> publics,
                     List<io.github.otpadvisor.facts.ApiFunction> api, Map<String, String> running,
                     Map<String, String> where, List<String> header, List<String> outsideSends,
                     java.util.Set<String> ownStarts, ProjectTests tests,
                     io.github.otpadvisor.facts.ElixirRequirement elixir, String startedOutside) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, publics, api, running, where,
                header, outsideSends, ownStarts, tests, elixir, startedOutside, List.of());
    }

    /** Without the Elixir versions its project declares. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks, java.util.Set<String> publics,
                     List<io.github.otpadvisor.facts.ApiFunction> api, Map<String, String> running,
                     Map<String, String> where, List<String> header, List<String> outsideSends,
                     java.util.Set<String> ownStarts, ProjectTests tests) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, publics, api, running, where,
                header, outsideSends, ownStarts, tests, null, null);
    }

    /** Without what the project's own tests say about it. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks, java.util.Set<String> publics,
                     List<io.github.otpadvisor.facts.ApiFunction> api, Map<String, String> running,
                     Map<String, String> where, List<String> header, List<String> outsideSends,
                     java.util.Set<String> ownStarts) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, publics, api, running, where,
                header, outsideSends, ownStarts, ProjectTests.NONE);
    }

    /** Without its own functions that start it. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks, java.util.Set<String> publics,
                     List<io.github.otpadvisor.facts.ApiFunction> api, Map<String, String> running,
                     Map<String, String> where, List<String> header, List<String> outsideSends) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, publics, api, running, where,
                header, outsideSends, java.util.Set.of());
    }

    /** Without what other modules send its process directly. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks, java.util.Set<String> publics,
                     List<io.github.otpadvisor.facts.ApiFunction> api, Map<String, String> running,
                     Map<String, String> where, List<String> header) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, publics, api, running, where,
                header, List.of());
    }

    /** Without its alias/require/import/use lines and attributes. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks, java.util.Set<String> publics,
                     List<io.github.otpadvisor.facts.ApiFunction> api, Map<String, String> running,
                     Map<String, String> where) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, publics, api, running, where,
                List.of());
    }

    /** Without what its application runs and where its functions are. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks, java.util.Set<String> publics,
                     List<io.github.otpadvisor.facts.ApiFunction> api) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, publics, api, Map.of(), Map.of());
    }

    /** Without its public functions and its API functions' code. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, java.util.Set.of(), List.of());
    }

    /** Without its API functions' code. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks, java.util.Set<String> publics) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, publics, List.of());
    }

    /** Without its public functions. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink, TodayStart start,
                     List<Clause> callbacks, List<io.github.otpadvisor.facts.ApiFunction> api) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, start, callbacks, java.util.Set.of(), api);
    }

    /** The tags of the messages init/1 arms a timer (or a monitor, a trap) for. */
    public List<String> initTags() {
        return initCalls.stream().map(InitCall::tag).filter(java.util.Objects::nonNull).toList();
    }

    /** Its functions that read or write shared memory directly and message no process (RULEBOOK §5). */
    public List<io.github.otpadvisor.facts.ApiFunction> bypass() {
        return api.stream().filter(io.github.otpadvisor.facts.ApiFunction::bypass).toList();
    }

    /** Without how today's code starts it and today's callback clauses as written. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild, Init init,
                     List<AgentCall> agentCalls, java.util.Set<String> privates, Init startLink) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, init, agentCalls, privates, startLink, TodayStart.NONE, List.of());
    }

    /** Without today's init and Agent code as written. */
    public TodayCode(boolean fits, String fitsAs, List<Handler> handlers, Map<String, String> useOptions,
                     boolean childSpec, List<InitCall> initCalls, boolean stateMachine, List<Fix> findings,
                     String initState, java.util.Set<String> plain, String appChild) {
        this(fits, fitsAs, handlers, useOptions, childSpec, initCalls, stateMachine, findings, initState, plain,
                appChild, null, List.of(), java.util.Set.of(), null);
    }

    /**
     * {@code init/1} (or {@code start_link}) as written.
     *
     * @param param its parameter ({@code opts}; for start_link, all of them)
     * @param body  its body, several lines
     */
    public record Init(String param, String body) {
    }

    /**
     * An Agent call as written, with the function it is written in.
     *
     * @param function {@code name/arity} of the function that makes it
     * @param isPublic that function is public
     * @param kind     {@code get}, {@code update}, {@code get_and_update} or {@code cast}
     * @param fn       the function it passes ({@code &Map.get(&1, :link)}, {@code fn state -> .. end})
     * @param call     the call ({@code Agent.get(__MODULE__, ..)}), without its first argument when piped
     * @param caller   the body of the function clause it is in, or null
     * @param params   that clause's parameters as written
     */
    public record AgentCall(String function, boolean isPublic, String kind, String fn, String call, String caller,
                            String params) {
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
     * @param body     its whole body as written (several lines), or null
     * @param where    {@code file:line} of the clause (a test sketch names it), or null
     * @param io       the first external I/O the clause does or reaches through the functions it calls, as
     *                 {@code Req.post(url, ...) at file:line}, or null: a test that sends it does that I/O for real
     * @param usesState the clause reads the state or returns another one (what a test of "state between calls"
     *                 needs); true when not known
     * @param standalone the clause can run as a plain function in a test's process: its head has no guard, and
     *                 neither it nor a helper it calls needs its own process (no ETS table it would write as the
     *                 owner, no link, exit trap, receive, port, socket, hardware handle or call of a process)
     * @param pure     a call clause whose reply depends only on the message: no state read, no side effect
     *                 ({@link io.github.otpadvisor.facts.ClauseSummary#pureReply()}): the same call, the same reply
     * @param dotFields the fields it reads as {@code state.field}: a state without one raises KeyError there
     */
    public record Handler(String callback, String message, String tag, String stateVar, String result, String body,
                          String where, String io, boolean usesState, boolean standalone, boolean pure,
                          java.util.List<String> dotFields) {
        public Handler(String callback, String message, String tag, String stateVar, String result, String body,
                       String where, String io, boolean usesState, boolean standalone, boolean pure) {
            this(callback, message, tag, stateVar, result, body, where, io, usesState, standalone, pure,
                    java.util.List.of());
        }

        public Handler(String callback, String message, String tag, String stateVar, String result, String body,
                       String where) {
            this(callback, message, tag, stateVar, result, body, where, null, true, false, false);
        }

        public Handler(String callback, String message, String tag, String stateVar, String result, String body,
                       String where, String io, boolean usesState) {
            this(callback, message, tag, stateVar, result, body, where, io, usesState, false, false);
        }

        public Handler(String callback, String message, String tag) {
            this(callback, message, tag, null, null, null);
        }

        public Handler(String callback, String message, String tag, String stateVar, String result) {
            this(callback, message, tag, stateVar, result, null);
        }

        public Handler(String callback, String message, String tag, String stateVar, String result, String body) {
            this(callback, message, tag, stateVar, result, body, null);
        }

        public Handler {
            dotFields = dotFields == null ? java.util.List.of() : java.util.List.copyOf(dotFields);
            Objects.requireNonNull(callback, "callback");
            Objects.requireNonNull(tag, "tag");
        }
    }

    /**
     * A callback clause as written.
     *
     * @param callback {@code handle_info}
     * @param arity    its arity
     * @param message  its first parameter as written, or null
     * @param head     {@code def handle_info(:tick, state) when ...} as written (may span lines), or null
     * @param body     its body as written (dedented), or null
     * @param where    {@code file:line} of the clause, or null
     */
    public record Clause(String callback, int arity, String message, String head, String body, String where) {
        public Clause(String callback, int arity, String message, String head, String body) {
            this(callback, arity, message, head, body, null);
        }

        /** Both head and body are known: the clause can be quoted as it is. */
        public boolean quotable() {
            return head != null && body != null;
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
     * @param written the whole start call at that line as written (several lines, its fn too), or null
     * @param slowCalls for OTP013, the names of the calls init/1 makes that do the slow work or lead to it
     *                  ({@link SlowInitCalls}); else empty
     * @param makers    for OTP013, the module's functions that create an ETS table or put a :persistent_term
     *                  (themselves or through their helpers): a statement calling one stays in init/1, since other
     *                  processes read those directly and do not wait for handle_continue/2; else empty
     * @param child     the child module the finding is on, when it is a child's the module starts (its OTP018: the
     *                  change goes in the child); null for the module's own
     */
    public record Fix(String ruleId, String where, String advice, String before, String written,
                      java.util.Set<String> slowCalls, java.util.Set<String> makers, String child) {
        public Fix {
            slowCalls = slowCalls == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(
                    new java.util.LinkedHashSet<>(slowCalls));
            makers = makers == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(
                    new java.util.LinkedHashSet<>(makers));
        }

        /** The module's own. */
        public Fix(String ruleId, String where, String advice, String before, String written,
                   java.util.Set<String> slowCalls, java.util.Set<String> makers) {
            this(ruleId, where, advice, before, written, slowCalls, makers, null);
        }

        public Fix(String ruleId, String where, String advice, String before, String written,
                   java.util.Set<String> slowCalls) {
            this(ruleId, where, advice, before, written, slowCalls, null);
        }

        public Fix(String ruleId, String where, String advice, String before, String written) {
            this(ruleId, where, advice, before, written, null);
        }

        public Fix(String ruleId, String where, String advice, String before) {
            this(ruleId, where, advice, before, null);
        }
    }
}
