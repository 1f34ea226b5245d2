package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.facts.ApiFunction;
import io.github.otpadvisor.sketch.SketchPlan.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which functions a test sketch may call, and what each argument must be (issue 11, "tests that test"). A module that
 * stays as it is is called through today's public functions only, with their real arity; a rewritten one through the
 * functions its sketch defines and those it keeps as written. An argument a clause sends to ({@code GenServer.call},
 * {@code send}, {@code Agent.get}...) or names {@code pid}/{@code server} is the process the test started; one a
 * clause matches against a struct, a map or a literal cannot be a sample value.
 */
final class TestCalls {
    /** What the test passes in one position. */
    enum Arg {
        /** A sample value ({@code "sku-1"}). */
        SAMPLE,
        /** The pid the test started. */
        PID,
        /** A value built as the callers build it (a struct, a map, a literal the clause matches): no sample fits. */
        BUILT,
        /**
         * Options the body reads with {@code opts[:timeout]} or {@code Keyword}, a list its guard asks for, or the path
         * of {@code get_in/2}: the empty list (its defaults, no entries, the whole value).
         */
        OPTIONS,
        /** An integer its guard asks for ({@code when is_integer(lsn)}). */
        NUMBER,
        /** A timeout ({@code timeout}, {@code call_timeout}): a wait in milliseconds, never test data. */
        TIMEOUT,
        /** A function the body calls with no arguments ({@code fun.()}): a closure, never a string. */
        FUNCTION,
        /**
         * Which instance to reach, with a default that names the one a plain start runs ({@code id \\ @default_id}
         * piped into the name): a test of that instance leaves it out.
         */
        DEFAULT_ADDRESS
    }

    /**
     * How to call one function.
     *
     * @param args     one per parameter of the function called
     * @param extraPid the function takes the process first, and the operation does not count it ({@code put(server,
     *                 value)} for the operation {@code put/1})
     * @param head     the clause head as written that {@code args} come from, or null
     */
    record Signature(List<Arg> args, boolean extraPid, String head) {
        boolean sampled() {
            return !args.contains(Arg.BUILT);
        }
    }

    private static final Set<String> CALLBACKS = Set.of("start_link", "init", "handle_call", "handle_cast",
            "handle_info", "handle_continue", "terminate", "code_change", "child_spec", "format_status");
    private static final Pattern VARIABLE = Pattern.compile("[a-z_][A-Za-z0-9_]*");
    private static final Pattern DEF = Pattern.compile("(?m)^([ \\t]*)def ([a-z_][A-Za-z0-9_]*[?!]?)");

    /** Nothing is known of the module's functions (a planned feature): every operation may be called. */
    private final boolean open;
    private final Map<String, Signature> known = new LinkedHashMap<>();
    /** Per function, the positions whose every handler clause matches a literal atom there: the first one. */
    private final Map<String, Map<Integer, String>> literal = new LinkedHashMap<>();

    private TestCalls(boolean open) {
        this.open = open;
    }

    /** The calls a test of {@code p} may make; {@code sketch} is the module's sketch as rendered. */
    static TestCalls of(SketchPlan p, String sketch) {
        boolean asToday = p.code.fits() || p.keepsCallbacks;
        if (p.code.publics().isEmpty()) {
            return new TestCalls(true);
        }
        TestCalls c = new TestCalls(false);
        Map<String, ApiFunction> api = new LinkedHashMap<>();
        p.code.api().forEach(f -> api.put(f.key(), f));
        List<String> kept = new ArrayList<>();
        if (asToday) {
            kept.addAll(p.code.publics());
        } else {
            c.sketchDefs(sketch);
            kept.addAll(p.plainOps);
            kept.addAll(p.bypassKeys);
            if (p.shape == SketchPlan.Shape.FUNCTIONS) {
                // Its other functions stay as they are: only the process's callbacks go, and a client the sketch
                // rewrote without the process's address (add(server, a, b) -> add(a, b)) is not today's any more.
                p.code.publics().stream().filter(k -> !CALLBACKS.contains(k.substring(0, k.lastIndexOf('/'))))
                        .filter(k -> !c.rewritten(k))
                        .forEach(kept::add);
            }
        }
        for (String key : kept) {
            if (asToday && helper(p, api, key)) {
                continue;
            }
            if (!c.known.containsKey(key) && p.code.publics().contains(key)) {
                c.known.put(key, today(api.get(key), key));
            }
        }
        // A function the sketch keeps under today's name takes what today's callers pass: where today's clause
        // matches a struct or a map, no sample fits it either.
        // A per-entity sketch reaches its process by id where today's code passed a pid: pids are not carried over.
        c.known.replaceAll((key, s) -> api.containsKey(key) ? withBuilt(s, today(api.get(key), key), !p.perEntity()) : s);
        c.known.replaceAll((key, s) -> fromHandlers(s, reached(api.get(key), p.code.handlers())));
        c.known.forEach((key, s) -> c.literals(key, s, api.get(key), p.code.handlers()));
        return c;
    }

    /**
     * A sample parameter that reaches a handler doing arithmetic on it ({@code put(key, ttl_seconds)} sends
     * {@code ttl_seconds} to a clause computing {@code now() + ttl_seconds}) gets a number: a string would raise
     * there; one whose fields the handler reads ({@code venue.id}) is built as callers build it. The handler's
     * message binds it under the client's name, as it most often does.
     */
    private static Signature fromHandlers(Signature s, List<TodayCode.Handler> handlers) {
        int open = s.head() == null ? -1 : s.head().indexOf('(');
        int close = open < 0 ? -1 : TopLevel.closing(s.head(), open);
        if (close < 0) {
            return s;
        }
        List<String> params = splitParams(s.head().substring(open + 1, close));
        if (params.size() != s.args().size()) {
            return s;
        }
        List<Arg> args = new ArrayList<>(s.args());
        for (int i = 0; i < args.size(); i++) {
            String v = params.get(i).strip();
            if (args.get(i) != Arg.SAMPLE || !VARIABLE.matcher(v).matches() || v.startsWith("_")) {
                continue;
            }
            Pattern bound = Pattern.compile("(?<![\\w.@:])" + Pattern.quote(v) + "(?![\\w(])");
            for (TodayCode.Handler h : handlers) {
                if (h.message() != null && h.body() != null && bound.matcher(h.message()).find()
                        && arithmetic(v, h.body())) {
                    args.set(i, Arg.NUMBER);
                    break;
                }
                if (h.message() != null && h.body() != null && bound.matcher(h.message()).find()
                        && (accessPath(v, h.body()) || enumerated(v, h.body()))) {
                    args.set(i, Arg.OPTIONS); // get_in(state, key) takes a list: a sample string would raise
                    break;
                }
                if (h.message() != null && h.body() != null && bound.matcher(h.message()).find()
                        && fields(v, h.body())) {
                    args.set(i, Arg.BUILT); // the handler reads venue.id: a sample string would raise there
                    break;
                }
            }
        }
        return args.equals(s.args()) ? s : new Signature(List.copyOf(args), s.extraPid(), s.head());
    }

    /**
     * A sample parameter the function puts in its message ({@code {:get_health_status, type, id}}) where every
     * handler clause of that tag matches a literal atom ({@code {:get_health_status, :calendar, id}}, {@code :video}):
     * a sample string matches no clause and crashes the server (tymeslot's HealthCheck); the first atom does.
     */
    private void literals(String key, Signature s, ApiFunction f, List<TodayCode.Handler> handlers) {
        int open = s.head() == null || f == null ? -1 : s.head().indexOf('(');
        int close = open < 0 ? -1 : TopLevel.closing(s.head(), open);
        if (close < 0) {
            return;
        }
        List<String> params = splitParams(s.head().substring(open + 1, close));
        String code = f.clauses().stream().map(c -> c.body() == null ? "" : c.body())
                .collect(java.util.stream.Collectors.joining("\n"));
        Matcher sent = Pattern.compile("\\{\\s*:([a-z_][A-Za-z0-9_]*)\\s*,([^{}]*)\\}").matcher(code);
        while (sent.find()) {
            String tag = sent.group(1);
            List<String> items = TodayLogic.tupleItems("{:" + tag + "," + sent.group(2) + "}");
            List<TodayCode.Handler> same = handlers.stream().filter(h -> tag.equals(h.tag()) && h.message() != null)
                    .toList();
            if (same.isEmpty()) {
                continue;
            }
            for (int i = 0; i < params.size() && i < s.args().size(); i++) {
                int at = items.indexOf(withoutDefault(params.get(i)));
                if (s.args().get(i) != Arg.SAMPLE || at <= 0) {
                    continue;
                }
                String first = null;
                boolean all = true;
                for (TodayCode.Handler h : same) {
                    List<String> pattern = TodayLogic.tupleItems(h.message());
                    String item = at < pattern.size() ? pattern.get(at) : "";
                    if (!item.matches(":[a-z_][A-Za-z0-9_]*")) {
                        all = false;
                        break;
                    }
                    first = first == null ? item : first;
                }
                if (all && first != null) {
                    literal.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(i, first);
                }
            }
        }
    }

    /** The literal atom every handler clause matches at parameter {@code at} of {@code op}'s function, or null. */
    String literal(Op op, int at) {
        // the position counts the process where the function takes it first, as the call does
        String key = op.name() + "/" + op.arity();
        Map<Integer, String> m = literal.get(known.containsKey(key) ? key : op.name() + "/" + (op.arity() + 1));
        return m == null ? null : m.get(at);
    }

    /**
     * The handlers whose message tag the function's code sends ({@code relay_available?/3} reaches
     * {@code handle_call({:relay_available, relay, ..})}, not the {@code {:enable_relay, relay}} clause reading
     * {@code relay.id}); all of them when its code names none (the message is built elsewhere).
     */
    private static List<TodayCode.Handler> reached(ApiFunction f, List<TodayCode.Handler> handlers) {
        String code = f == null ? "" : f.clauses().stream().map(c -> c.body() == null ? "" : c.body())
                .collect(java.util.stream.Collectors.joining("\n"));
        List<TodayCode.Handler> sent = handlers.stream().filter(h -> h.tag() != null && !h.tag().isEmpty()
                && Pattern.compile(":" + Pattern.quote(h.tag().replaceFirst("^:", "")) + "(?![\\w?!])")
                .matcher(code).find()).toList();
        return sent.isEmpty() ? handlers : sent;
    }

    /**
     * A public function of a stateful module that reaches neither its process nor its tables ({@code encode_lsn/1},
     * an HTTP helper): a test of the process does not call it. The facts keep every public function that sends its
     * process a message (a call, a cast, an Agent operation) or touches its tables in {@code api}.
     */
    private static boolean helper(SketchPlan p, Map<String, ApiFunction> api, String key) {
        boolean stateful = p.shape == SketchPlan.Shape.GENSERVER || p.shape == SketchPlan.Shape.AGENT
                || p.shape == SketchPlan.Shape.ETS;
        return stateful && !api.containsKey(key) && !CALLBACKS.contains(key.substring(0, key.lastIndexOf('/')));
    }

    /** How today's function is called, from its clauses as written; samples when they are not known. */
    private static Signature today(ApiFunction f, String key) {
        int arity = Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
        if (f == null || f.clauses().isEmpty()) {
            return samples(arity);
        }
        // A bodyless head only gives the defaults, and a clause that ignores every argument
        // (def leave(_guid, _world, _server), do: :ok) is the fallback: a call that reaches it tests nothing.
        List<ApiFunction.Clause> real = f.clauses().stream().filter(x -> x.body() != null && !ignoresAll(x.head()))
                .toList();
        return choose((real.isEmpty() ? f.clauses() : real).stream().map(x -> clause(x.head(), x.body())).toList(),
                arity);
    }

    /** A head whose every parameter is an underscored variable ({@code def leave(_guid, _world, _server)}). */
    private static boolean ignoresAll(String head) {
        int open = head == null ? -1 : head.indexOf('(');
        int close = open < 0 ? -1 : TopLevel.closing(head, open);
        if (close < 0) {
            return false;
        }
        List<String> params = splitParams(head.substring(open + 1, close));
        return !params.isEmpty() && params.stream().map(TestCalls::withoutDefault)
                .allMatch(x -> x.matches("_[A-Za-z0-9_]*"));
    }

    /**
     * {@code s} with today's BUILT positions, and today's pids, options and integers where {@code s} takes a sample; today's
     * head is the one to name when it has a BUILT one.
     */
    private static Signature withBuilt(Signature s, Signature today, boolean pids) {
        if (today.args().size() != s.args().size() || s == today) {
            return s;
        }
        List<Arg> args = new ArrayList<>(s.args());
        for (int i = 0; i < args.size(); i++) {
            Arg a = today.args().get(i);
            if (a == Arg.BUILT || a != Arg.SAMPLE && (a != Arg.PID || pids) && args.get(i) == Arg.SAMPLE) {
                args.set(i, a);
            }
        }
        return new Signature(List.copyOf(args), s.extraPid(), today.sampled() ? s.head() : today.head());
    }

    /**
     * How to call {@code op}: its own signature, or one taking the process first; null when no such function exists.
     */
    Signature of(Op op) {
        if (open) {
            return samples(op.arity());
        }
        Signature s = known.get(op.name() + "/" + op.arity());
        if (s != null) {
            return s;
        }
        Signature addressed = known.get(op.name() + "/" + (op.arity() + 1));
        if (addressed != null && addressed.args().get(0) == Arg.PID) {
            return new Signature(addressed.args(), true, addressed.head());
        }
        return null;
    }

    /** The sketch defines {@code key}'s name, but not at its arity. */
    private boolean rewritten(String key) {
        String name = key.substring(0, key.lastIndexOf('/') + 1);
        return !known.containsKey(key) && known.keySet().stream().anyMatch(k -> k.startsWith(name)
                && k.indexOf('/') == name.length() - 1);
    }

    /** The public functions a test may call, {@code name/arity}, in order; the process's callbacks left out. */
    List<String> functions() {
        return known.keySet().stream().filter(k -> !CALLBACKS.contains(k.substring(0, k.lastIndexOf('/')))).toList();
    }

    private static Signature samples(int arity) {
        return new Signature(java.util.Collections.nCopies(arity, Arg.SAMPLE), false, null);
    }

    /** The public {@code def}s of the sketch, each with its first clause a sample can call. */
    private void sketchDefs(String sketch) {
        Map<String, List<Signature>> clauses = new LinkedHashMap<>();
        Matcher m = DEF.matcher(sketch);
        while (m.find()) {
            int at = m.end();
            List<String> params = List.of();
            int headEnd = at;
            if (at < sketch.length() && sketch.charAt(at) == '(') {
                int close = TopLevel.closing(sketch, at);
                if (close < 0) {
                    continue;
                }
                params = splitParams(sketch.substring(at + 1, close));
                headEnd = close + 1;
            }
            int next = sketch.indexOf("\n" + m.group(1) + "def", headEnd);
            String rest = sketch.substring(headEnd, next < 0 ? sketch.length() : next);
            String head = "def " + m.group(2) + sketch.substring(at, headEnd);
            String key = m.group(2) + "/" + params.size();
            clauses.computeIfAbsent(key, k -> new ArrayList<>()).add(classify(head, params, rest));
        }
        clauses.forEach((k, list) -> known.put(k, choose(list, list.get(0).args().size())));
    }

    /** The first clause a sample can call, else the first one (its BUILT arguments say what the test must build). */
    private static Signature choose(List<Signature> clauses, int arity) {
        List<Signature> fit = clauses.stream().filter(s -> s != null && s.args().size() == arity).toList();
        // None takes samples: the clause matching a struct names best what the callers build.
        return fit.stream().filter(Signature::sampled).findFirst().orElse(fit.isEmpty() ? samples(arity)
                : fit.stream().filter(s -> s.head() != null && s.head().matches("(?s).*%[A-Z_].*")).findFirst()
                        .orElse(fit.get(0)));
    }

    /** A clause of today's API as written ({@code def pause(pid)} with its body). */
    private static Signature clause(String head, String body) {
        if (head == null) {
            return null;
        }
        head = head.strip();
        Matcher m = Pattern.compile("def[p]? [a-z_][A-Za-z0-9_]*[?!]?").matcher(head);
        if (!m.lookingAt()) {
            return null;
        }
        int at = m.end();
        if (at >= head.length() || head.charAt(at) != '(') {
            return new Signature(List.of(), false, head.strip());
        }
        int close = TopLevel.closing(head, at);
        if (close < 0) {
            return null;
        }
        return classify(head.strip(), splitParams(head.substring(at + 1, close)), head.substring(close + 1)
                + "\n" + (body == null ? "" : body));
    }

    /** Each parameter as the test must give it; {@code rest} is the guard and body after the head. */
    private static Signature classify(String head, List<String> params, String rest) {
        List<Arg> args = new ArrayList<>();
        for (String raw : params) {
            String p = withoutDefault(raw);
            if (!VARIABLE.matcher(p).matches()) {
                args.add(Arg.BUILT);
            } else if (!p.startsWith("_") && process(p, rest)) {
                args.add(Arg.PID);
            } else if (defaultAddress(raw, p, rest)) {
                args.add(Arg.DEFAULT_ADDRESS);
            } else if (p.equals("timeout") || p.endsWith("_timeout")) {
                args.add(Arg.TIMEOUT);
            } else if (Pattern.compile("(?<![\\w.@:])" + Pattern.quote(p) + "\\.\\(\\s*\\)").matcher(rest).find()) {
                args.add(Arg.FUNCTION);
            } else if (Pattern.compile("(?<![\\w.@:])" + Pattern.quote(p) + "\\.\\(").matcher(rest).find()) {
                args.add(Arg.BUILT); // a function of arguments: what it must return is the callers' to know
            } else if (guard(p, rest, "integer|number|non_neg_integer|pos_integer")) {
                args.add(Arg.NUMBER);
            } else if (!p.startsWith("_") && arithmetic(p, rest)) {
                args.add(Arg.NUMBER);
            } else if (guard(p, rest, "map|tuple|atom|struct|function|reference|port|boolean|float")) {
                args.add(Arg.BUILT);
            } else if (!p.startsWith("_") && (options(p, rest) || guard(p, rest, "list") || accessPath(p, rest)
                    || enumerated(p, rest))) {
                args.add(Arg.OPTIONS);
            } else if (!p.startsWith("_") && (fields(p, rest) || member(p, rest))) {
                args.add(Arg.BUILT);
            } else {
                args.add(Arg.SAMPLE);
            }
        }
        return new Signature(List.copyOf(args), false, head);
    }

    /**
     * The parameter defaults to a module attribute, {@code __MODULE__} or an atom and the body turns it into the
     * process it calls ({@code id |> to_name |> GenServer.call(...)}, {@code GenServer.call(via(id), ...)}).
     */
    private static boolean defaultAddress(String raw, String v, String rest) {
        if (!raw.contains("\\\\")) {
            return false;
        }
        String dflt = raw.substring(raw.indexOf("\\\\") + 2).strip();
        if (!dflt.matches("@[a-z_][A-Za-z0-9_]*|__MODULE__|:[a-z_][A-Za-z0-9_]*")) {
            return false;
        }
        String q = Pattern.quote(v);
        return Pattern.compile("(?<![\\w.@:])" + q + "\\s*\\|>\\s*[a-z_][A-Za-z0-9_]*[\\s\\S]{0,40}?\\|>\\s*"
                + "(?:GenServer|Agent|GenStateMachine|:gen_server|:gen_statem)\\."
                + "|(?:GenServer|Agent|GenStateMachine|:gen_server|:gen_statem)\\.[a-z_]+\\(\\s*[a-z_][A-Za-z0-9_]*\\(\\s*"
                + q + "\\s*\\)").matcher(rest).find();
    }

    /** A parameter as written without its default ({@code id \\ @default_id} is {@code id}). */
    static String withoutDefault(String param) {
        int at = param.indexOf("\\\\");
        return (at < 0 ? param : param.substring(0, at)).strip();
    }

    /**
     * The names of a head's parameters, defaults dropped ({@code def update(attrs, pid \\ __MODULE__)}: attrs, pid);
     * null when one is a pattern.
     */
    static List<String> paramNames(String head) {
        int open = head == null ? -1 : head.indexOf('(');
        int close = open < 0 ? -1 : TopLevel.closing(head, open);
        if (close < 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String raw : splitParams(head.substring(open + 1, close))) {
            String name = withoutDefault(raw);
            if (!VARIABLE.matcher(name).matches()) {
                return null;
            }
            names.add(name);
        }
        return names;
    }

    /** The parameter is the process the function talks to: by its name, its guard, or what the body sends to. */
    private static boolean process(String v, String rest) {
        if (v.equals("pid") || v.equals("server") || v.equals("agent") || v.endsWith("_pid") || v.endsWith("_server")) {
            return true;
        }
        String q = Pattern.quote(v);
        return Pattern.compile("is_pid\\(" + q + "\\)"
                + "|(?:GenServer\\.(?:call|cast)|GenStateMachine\\.(?:call|cast)|:gen_statem\\.(?:call|cast)"
                + "|:gen_server\\.(?:call|cast)|Agent\\.[a-z_]+|(?<![\\w.])send|Process\\.send(?:_after)?"
                + "|Process\\.monitor)\\(\\s*" + q + "\\s*[,)]"
                + "|(?<![\\w.])" + q + "\\s*\\|>\\s*(?:GenServer|Agent|GenStateMachine)\\.").matcher(rest).find();
    }

    /**
     * The clause's guard asks for one of a set of values ({@code when event in @events}, msgr's
     * {@code LlmGateway.Telemetry.emit/2}): a sample string would raise FunctionClauseError.
     */
    private static boolean member(String v, String rest) {
        String g = rest.strip();
        if (!g.startsWith("when ")) {
            return false;
        }
        g = g.split("\n", 2)[0].split(",? do\\b", 2)[0];
        return Pattern.compile("(?<![\\w.@:])" + Pattern.quote(v) + "\\s+in\\s").matcher(g).find();
    }

    /** The clause's guard ({@code rest} starts with it) asks for one of {@code types} ({@code is_integer(lsn)}). */
    private static boolean guard(String v, String rest, String types) {
        String g = rest.strip();
        if (!g.startsWith("when ")) {
            return false;
        }
        g = g.split("\n", 2)[0].split(",? do\\b", 2)[0];
        return Pattern.compile("(?<![\\w.])is_(?:" + types + ")\\(\\s*" + Pattern.quote(v) + "\\s*\\)").matcher(g).find();
    }

    /** The body does arithmetic on the parameter ({@code a + b}, {@code rem(n, 2)}): a sample string would raise. */
    private static boolean arithmetic(String v, String rest) {
        String q = "(?<![\\w.@:])" + Pattern.quote(v) + "(?![\\w.(\\[])";
        String op = "(?:(?<![-+<|>=!*/])[-+*/](?![-+>=*/]))";
        return Pattern.compile(q + "\\s*" + op + "\\s*[\\w(]|[\\w)]\\s*" + op + "\\s*" + q
                + "|(?<![\\w.])(?:rem|div|abs)\\(\\s*" + q).matcher(rest).find();
    }

    /**
     * The body walks the parameter as a list: {@code for x <- v}, {@code Enum.map(v, ..)}, {@code v |> Enum.},
     * {@code length(v)}. A sample string would raise there (phoenix's MixListener.purge/1, logflare's
     * IngestEventQueue.new_generations/1: readers ran {@code purge("apps-1")}, Protocol.UndefinedError).
     */
    private static boolean enumerated(String v, String rest) {
        String q = Pattern.quote(v);
        return Pattern.compile("<-\\s*" + q + "\\s*(?:,|do\\b|\\)|$)|(?<![\\w.])(?:Enum|Stream)\\.[a-z_]+[?!]?\\(\\s*" + q
                + "\\s*[,)]|(?<![\\w.@])" + q + "\\s*\\|>\\s*(?:Enum|Stream)\\.|(?<![\\w.])length\\(\\s*" + q + "\\s*\\)",
                Pattern.MULTILINE).matcher(rest).find();
    }

    /** The parameter is the path of {@code get_in/2} and its kin: a list (ex_venture's {@code get_in(state, key)}). */
    private static boolean accessPath(String v, String rest) {
        return Pattern.compile("(?<![\\w.])(?:get_in|put_in|update_in|pop_in|get_and_update_in)\\([^,()]+,\\s*"
                + Pattern.quote(v) + "\\s*[,)]").matcher(rest).find();
    }

    /** The body reads the parameter as options: {@code opts[:timeout]}, {@code Keyword.get(opts, ..)}. */
    private static boolean options(String v, String rest) {
        String q = Pattern.quote(v);
        return Pattern.compile("(?<![\\w.@])" + q + "\\[:|Keyword\\.[a-z_]+[?!]?\\(\\s*" + q + "\\s*[,)]"
                + "|(?<![\\w.@])" + q + "\\s*\\|>\\s*Keyword\\.").matcher(rest).find();
    }

    /**
     * The body reads fields of the parameter ({@code lobby.id}, {@code Map.get(lobby, :id)}, {@code %{lobby | ..}}):
     * a map or struct the callers build, which a sample string is not.
     */
    private static boolean fields(String v, String rest) {
        String q = Pattern.quote(v);
        return Pattern.compile("(?<![\\w.@:])" + q + "\\.[a-z_][A-Za-z0-9_]*(?![\\w(?!])"
                + "|(?:Map|Access)\\.[a-z_]+[?!]?\\(\\s*" + q + "\\s*,|%[A-Za-z_.]*\\{\\s*" + q + "\\s*\\|")
                .matcher(rest).find();
    }

    private static List<String> splitParams(String inner) {
        if (inner.isBlank()) {
            return List.of();
        }
        List<String> parts = TodayAssertions.topLevel("(" + inner.replace('\n', ' ') + ")", "(", ")");
        return parts == null ? List.of(inner) : parts;
    }
}
