package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.elixir.syntax.ElixirNames;
import io.github.otpadvisor.sketch.TodayCode.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of today's {@code handle_info} clauses called as a plain function in the test's process (issue 11, "tests
 * that test"), where the test cannot send the process the message: the application's only instance would act on it
 * (vutuv's {@code Sweeper}), or the message is not one a test can send as written. The state is what init/1 returns
 * as a literal, or any value when the clause reads none of it; what is asserted is the clause's only return, with
 * its literal parts and the state it keeps ({@code {:noreply, ^state}}). Only a clause that needs no process of its
 * own ({@link Handler#standalone()}) and whose message can be written from its pattern is called this way (mbta's
 * {@code ScheduleCache} test does the same: {@code handle_info(:timeout, :state)}).
 */
final class CallbackCall {
    private static final Pattern ALIAS = Pattern.compile("(?<![\\w.:])([A-Z][A-Za-z0-9_]*)");
    /** One element of a return: a literal atom, number or boolean, kept in the pattern. */
    private static final Pattern LITERAL = Pattern.compile(":[a-z_][A-Za-z0-9_]*[?!]?|-?[0-9]+|true|false|nil");

    final Handler handler;
    /** The message as the test writes it ({@code :sweep}, {@code {:DOWN, nil, :process, nil, nil}}). */
    final String message;
    /** The state the test passes, as written. */
    final String state;
    /** Why that state: what init/1 returns, or that the clause reads none of it. */
    final String stateWhy;
    /** What the test asserts the call returns ({@code {:noreply, ^state}}). */
    final String pattern;

    private CallbackCall(Handler handler, String message, String state, String stateWhy, String pattern) {
        this.handler = handler;
        this.message = message;
        this.state = state;
        this.stateWhy = stateWhy;
        this.pattern = pattern;
    }

    /**
     * A call of one of today's {@code handle_info} clauses, those of init/1's timers first; empty when none can
     * be called that way.
     */
    static java.util.Optional<CallbackCall> of(SketchPlan p, List<String> timers) {
        return of(p, timers, List.of("handle_info"));
    }

    /**
     * The same over the clauses of {@code callbacks}, in that order ({@code handle_info}, then {@code handle_call}
     * and {@code handle_cast}: where no process runs, a call's clause is what the test can still check).
     */
    static java.util.Optional<CallbackCall> of(SketchPlan p, List<String> timers, List<String> callbacks) {
        for (String callback : callbacks) {
            List<Handler> clauses = p.code.handlers().stream().filter(h -> h.callback().equals(callback)).toList();
            for (int pass = 0; pass < 2; pass++) {
                for (Handler h : clauses) {
                    if ((pass == 0) != timers.contains(h.tag())) {
                        continue;
                    }
                    CallbackCall c = of(p, h, clauses);
                    if (c != null) {
                        return java.util.Optional.of(c);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static CallbackCall of(SketchPlan p, Handler h, List<Handler> clauses) {
        long same = clauses.stream().filter(x -> x.tag().equals(h.tag())).count();
        String body = TestSteps.body(p, h);
        // several clauses for the message: the first that init/1's literal state reaches (marty's Connection:
        // handle_call({:send_command, _}, _, s = %{sock: nil}) before the connected one; apps' Nexus.Room: past
        // the clause guarded by is_map_key(state.pending_peers, id), which init/1's empty map fails)
        boolean first = same == 1 || firstReached(p, clauses.stream().filter(x -> x.tag().equals(h.tag())).toList()) == h;
        String message = first && h.standalone() ? TestSteps.sample(h, body) : null;
        if (message == null || h.result() == null) {
            return null;
        }
        String init = literalState(p.code.initState(), p.module);
        String state;
        String why;
        if (init != null && readsMissingField(h, init)) {
            return null; // gristle's Uart.Operator: state.servo_output of init/1's %{} raises KeyError
        }
        if (init != null) {
            state = init;
            why = "what init/1 returns";
        } else if (!h.usesState()) {
            state = "%{}";
            why = "any value: it reads none of it";
        } else {
            return null;
        }
        if (headMissesKeys(p, h, state)) {
            return null; // blockscout's Scroll.BridgeL2: %{json_rpc_named_arguments: _} = state, which %{} fails
        }
        String pattern = pattern(h, body);
        return pattern == null ? null : new CallbackCall(h, message, state, why, pattern);
    }

    /** {@link #readsMissingField} with init/1's literal state, when it has one. */
    static boolean readsMissingField(SketchPlan p, Handler h) {
        String init = literalState(p.code.initState(), p.module);
        return init != null && readsMissingField(h, init);
    }

    /**
     * The clause reads {@code state.field} of a map init/1 writes without that field (a later message adds it): called
     * with init/1's state, the clause raises KeyError. Unknown for a struct or a map not written as literal fields. A
     * started process may have had the field set by then (gristle's Time.Server: its start_link casts {:begin, ..}
     * first): a test that starts it leaves the message out only when nothing reaches it before.
     */
    private static boolean readsMissingField(Handler h, String init) {
        if (h.dotFields().isEmpty() || !init.strip().startsWith("%{")) {
            return false;
        }
        java.util.Map<String, String> fields = TodayAssertions.literalMap(init);
        if (fields.isEmpty() && !init.replaceAll("\\s", "").equals("%{}")) {
            return false;
        }
        return h.dotFields().stream().anyMatch(f -> !fields.containsKey(f));
    }

    /** The last parameter of a clause head ({@code def handle_info(:tick, state)}), the state, as written; or null. */
    static String lastParam(String head) {
        int open = head.indexOf('(');
        List<String> params = open < 0 || !head.endsWith(")") ? null
                : TopLevel.items(head.substring(open + 1, head.length() - 1), true);
        return params == null || params.isEmpty() ? null : params.get(params.size() - 1).strip();
    }

    /**
     * The clause's head matches its state against a map with a key {@code state}, a map literal, does not have: the
     * call raises FunctionClauseError (the key comes from a continue or a later message).
     */
    private static boolean headMissesKeys(SketchPlan p, Handler h, String state) {
        TodayCode.Clause c = clause(p, h);
        if (c == null || c.head() == null || !state.strip().startsWith("%{")) {
            return false;
        }
        String param = lastParam(c.head().strip().replaceFirst("\\s+when .*$", ""));
        if (param == null) {
            return false;
        }
        Matcher m = STATE_MATCH.matcher(param);
        String wanted = m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2))
                : param.startsWith("%{") ? param : null;
        java.util.Map<String, String> keys = wanted == null ? java.util.Map.of() : TodayAssertions.literalMap(wanted);
        java.util.Map<String, String> given = TodayAssertions.literalMap(state);
        if (keys.isEmpty() || given.isEmpty() && !state.replaceAll("\\s", "").equals("%{}")) {
            return false; // no keys asked for, or a state whose keys are not read here
        }
        return keys.keySet().stream().anyMatch(k -> !given.containsKey(k));
    }

    /**
     * The first of a message's clauses that a call with init/1's literal state reaches: clauses whose guard that state
     * fails ({@code is_map_key(state.f, x)} on a field init/1 sets to {@code %{}}) are passed; null when one is met
     * that may or may not match.
     */
    private static Handler firstReached(SketchPlan p, List<Handler> clauses) {
        for (Handler h : clauses) {
            if (matchesInit(p, h)) {
                return h;
            }
            if (!failsOnInit(p, h)) {
                return null;
            }
        }
        return null;
    }

    /** {@code when is_map_key(state.pending_peers, id)}. */
    private static final Pattern MAP_KEY_GUARD = Pattern.compile(
            "when is_map_key\\(([a-z_][A-Za-z0-9_]*)\\.([a-z_][A-Za-z0-9_]*), [a-z_][A-Za-z0-9_]*\\)");

    /** Its only guard asks for a key in a field of the state that init/1 sets to an empty map. */
    private static boolean failsOnInit(SketchPlan p, Handler h) {
        TodayCode.Clause c = clause(p, h);
        java.util.Map<String, String> init = TodayAssertions.literalMap(p.code.initState());
        if (c == null || c.head() == null || init.isEmpty()) {
            return false;
        }
        String head = c.head().strip();
        Matcher g = MAP_KEY_GUARD.matcher(head);
        return g.find() && head.endsWith(g.group()) && g.group(1).equals(h.stateVar())
                && "%{}".equals(init.getOrDefault(g.group(2), "").strip());
    }

    private static TodayCode.Clause clause(SketchPlan p, Handler h) {
        return p.code.callbacks().stream().filter(x -> h.where() != null && h.where().equals(x.where())
                && x.callback().equals(h.callback())).findFirst().orElse(null);
    }

    /** {@code s = %{sock: nil}} or {@code %{sock: nil} = s}: the state a clause head matches, as written. */
    private static final Pattern STATE_MATCH = Pattern.compile(
            "(?:[a-z_][A-Za-z0-9_]*\\s*=\\s*(%\\{.*\\})|(%\\{.*\\})\\s*=\\s*[a-z_][A-Za-z0-9_]*)");

    /**
     * The clause's head has no guard, and its state parameter is a variable or a map of literal values that init/1's
     * literal state holds ({@code %{sock: nil}} against {@code %{sock: nil, marty_ip: nil}}).
     */
    private static boolean matchesInit(SketchPlan p, Handler h) {
        TodayCode.Clause c = clause(p, h);
        java.util.Map<String, String> init = TodayAssertions.literalMap(p.code.initState());
        if (c == null || c.head() == null || c.head().contains(" when ") || init.isEmpty()) {
            return false;
        }
        String state = lastParam(c.head().strip());
        if (state == null) {
            return false;
        }
        if (TodayAssertions.variable(state)) {
            return true;
        }
        Matcher m = STATE_MATCH.matcher(state);
        if (!m.matches()) {
            return false;
        }
        java.util.Map<String, String> wanted = TodayAssertions.literalMap(m.group(1) != null ? m.group(1) : m.group(2));
        return !wanted.isEmpty() && wanted.entrySet().stream().allMatch(e -> LITERAL.matcher(e.getValue().strip())
                .matches() && e.getValue().strip().equals(init.getOrDefault(e.getKey(), "\0").strip()));
    }

    /**
     * The pattern of the clause's only return: its tag, its literal elements, {@code ^state} for the state it keeps,
     * the fields it sets ({@code %{rows: [], n: _}}), {@code _} for the rest; null when it is not such a tuple.
     */
    private static String pattern(Handler h, String body) {
        List<String> parts = TodayAssertions.topLevel(h.result(), "{", "}");
        java.util.Map<String, Integer> stateAt = java.util.Map.of(":noreply", 1, ":reply", 2, ":stop",
                parts == null ? 0 : parts.size() - 1);
        if (parts == null || parts.size() < 2 || parts.size() > 4 || !stateAt.containsKey(parts.get(0))
                || parts.get(0).equals(":reply") && parts.size() < 3) {
            return null;
        }
        // a body not at hand may bind the state's name again: then the state returned is not the one given
        boolean rebinds = h.stateVar() != null && (body.isEmpty() || StateShape.rebinds(body, h.stateVar()));
        String fields = TodayAssertions.statePattern(h);
        int at = stateAt.get(parts.get(0));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String e = parts.get(i).strip();
            if (i == at && e.equals(h.stateVar()) && !rebinds) {
                out.add("^state");
            } else if (i == at && fields != null) {
                out.add(fields);
            } else {
                out.add(LITERAL.matcher(e).matches() || literalTuple(e) ? e : "_");
            }
        }
        return "{" + String.join(", ", out) + "}";
    }

    /** {@code {:error, :not_connected}}: a tuple of literals, which a pattern repeats as written. */
    private static boolean literalTuple(String e) {
        List<String> items = TodayAssertions.topLevel(e, "{", "}");
        return items != null && !items.isEmpty() && items.stream().allMatch(x -> LITERAL.matcher(x.strip()).matches());
    }

    /**
     * init/1's literal state as the test writes it: {@code __MODULE__} is the module (in the test it names the test's
     * module); null when it names a module of the project, which the test has no alias for.
     */
    static String literalState(String init, String module) {
        if (init == null) {
            return null;
        }
        String text = init.replace("__MODULE__", module);
        Matcher m = ALIAS.matcher(text.replace(module, ""));
        while (m.find()) {
            if (!ElixirNames.STDLIB_MODULES.contains(m.group(1))) { // the standard library's need no alias
                return null;
            }
        }
        return text;
    }

    /** The call as the test writes it; a call's {@code from} is the test's own (a reply sent to it is harmless). */
    String call(String ref) {
        return ref + "." + handler.callback() + "(" + message + (handler.callback().equals("handle_call")
                ? ", {self(), make_ref()}" : "") + ", state)";
    }

    /** {@code handle_info(:sweep, ...) (lib/x.ex:34)}. */
    String clause() {
        return handler.callback() + "(" + handler.message() + ", ...)" + (handler.where() == null ? ""
                : " (" + handler.where() + ")");
    }

    /** The test's title: {@code handle_info(:sweep, state) returns what its clause does}. */
    String title() {
        return handler.callback() + "(" + message + (handler.callback().equals("handle_call") ? ", from" : "")
                + ", state) returns what its clause does";
    }

    /** The steps: the state, the call and what its return is. */
    void write(CodeWriter w, String ref, String why, ProjectTests tests) {
        w.separate();
        FitsSketch.comment(w, clause() + " called as a function, in the test's process" + why + "; the state is "
                + stateWhy + ".");
        if (handler.io() != null && handler.io().contains("Repo.")
                && (tests.template() != null || tests.sandboxRepo() != null)) {
            FitsSketch.comment(w, "Its query (" + handler.io() + ") runs in the test's process, on the connection"
                    + " the sandbox checked out for it.");
        } else if (handler.io() != null) {
            FitsSketch.comment(w, TestSteps.realIo("It", handler.io()));
        }
        w.binary("state", "=", state);
        w.binary("assert " + pattern, "=", call(ref));
    }
}
