package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a child spec a test sketch writes can start the module as it is today (issue 11, "tests that run"):
 * {@code {M, arg}} and {@code M} call {@code start_link/1} (unless the module defines its own child_spec/1), a map
 * spec calls start_link with as many arguments as its list holds, and the one start_link clause must match the
 * argument ({@code start_link({source, backend} = opts)} takes no {@code []}). A spec that cannot start it is named,
 * with the clauses it misses, instead of being written into a test that fails.
 */
final class StartFit {
    private static final Pattern MAP_SPEC = Pattern.compile("(?s)%\\{id: .*, start: \\{(\\S+), :start_link, \\[(.*)\\]\\}\\}");

    private StartFit() {
    }

    /**
     * Why {@code spec} cannot start the module of {@code p} (named {@code ref} in the test), or null when it can;
     * {@code sketch} is the module's Implementation sketch as rendered.
     */
    /** Kernel functions a test may call as they are written in a children entry. */
    private static final Set<String> KERNEL = Set.of("self", "node", "make_ref", "to_string", "to_charlist", "elem",
            "hd", "tl", "length", "max", "min", "div", "rem", "abs", "round", "trunc", "inspect", "map_size",
            "tuple_size", "byte_size", "not");
    private static final Pattern LOCAL_CALL = Pattern.compile("(?<![\\w.:@&])([a-z_][A-Za-z0-9_]*[?!]?)\\(");

    /**
     * Today's children entry copied into a test calls a function of the module it is written in
     * ({@code {Bob.Schedule, [schedule()]}} with {@code defp schedule} in Bob.Application): a test cannot call it.
     */
    static String localCall(String spec) {
        Matcher m = LOCAL_CALL.matcher(spec);
        while (m.find()) {
            if (m.start() == 0 && (m.group(1).equals("worker") || m.group(1).equals("supervisor"))) {
                continue; // Supervisor.Spec's, imported where the entry is written: what it passes is what counts
            }
            if (!KERNEL.contains(m.group(1)) && !m.group(1).startsWith("is_")) { // is_* guards are Kernel's too
                return spec.strip() + " calls " + m.group(1) + "/" + arity(spec, m.end() - 1)
                        + " of the module that lists it, which a test cannot call.";
            }
        }
        return null;
    }

    /** The number of arguments of the call whose "(" is at {@code open}. */
    private static int arity(String s, int open) {
        int close = TopLevel.closing(s, open);
        String inside = close < 0 ? "" : s.substring(open + 1, close);
        return inside.isBlank() ? 0 : TopLevel.items(inside, true).size();
    }

    static String problem(SketchPlan p, String ref, String spec, String sketch) {
        if (p.code.publics().isEmpty() || !p.code.fits() && sketch.contains("\n  def start_link(")) {
            return null; // nothing known of a planned module; a rewrite that defines its own start
        }
        String s = spec.strip();
        int n;
        String arg = null;
        Matcher map = MAP_SPEC.matcher(s);
        List<String> items = TodayAssertions.topLevel(s, "{", "}");
        if (self(p, ref, s)) {
            n = 1;
            arg = "[]";
        } else if (map.matches() && self(p, ref, map.group(1))) {
            n = map.group(2).isBlank() ? 0 : TopLevel.items(map.group(2), true).size();
        } else if (items != null && items.size() >= 2 && self(p, ref, items.get(0).strip())) {
            n = 1;
            arg = items.size() == 2 ? items.get(1).strip() : "[]"; // a keyword list written without brackets
        } else {
            return null;
        }
        if (arg != null && p.code.childSpec()) {
            // its own child_spec/1 takes the argument, when a clause matches it (blockscout's fetchers:
            // child_spec([init_arguments]) takes no [])
            List<String> heads = p.code.childSpecParams();
            String where = p.code.where().get("child_spec/1");
            String given = arg;
            return heads.isEmpty() || heads.contains("?") || heads.stream().anyMatch(h -> takes(h, given)) ? null
                    : "its child_spec/1" + (where == null ? "" : " (" + where + ")") + " takes " + String.join(" or ",
                    heads.stream().map(String::strip).toList()) + ", which " + arg + " does not match.";
        }
        Set<Integer> arities = p.code.tests().startArities();
        String where = arities.stream().map(a -> p.code.where().get("start_link/" + a)).filter(w -> w != null)
                .findFirst().orElse(null);
        if (arities.isEmpty()) {
            return p.module + " defines no start_link, which " + s + " calls.";
        }
        if (!arities.contains(n)) {
            return s + " calls start_link/" + n + ", and " + p.module + " has start_link/"
                    + String.join(", start_link/", arities.stream().map(String::valueOf).toList()) + " only"
                    + (where == null ? "" : " (" + where + ")") + ".";
        }
        TodayCode.Init start = p.code.startLink();
        if (arg != null && start != null && start.param() != null && !takes(start.param().strip(), arg)) {
            return "start_link(" + start.param().strip() + ")" + (where == null ? "" : " (" + where + ")")
                    + " does not match " + arg + ".";
        }
        // a list or a string written in the test (the [] stand-in, a sample id): what init/1 gets
        return arg != null && (arg.startsWith("[") || arg.startsWith("\"")) ? initTakes(p, arg) : null;
    }

    /** {@code args.config}, {@code Map.merge(args, ..)}: a read that needs a map or a struct. */
    private static final String MAP_USE = "(?<![\\w.@])%1$s\\.[a-z_][A-Za-z0-9_]*|Map\\.[a-z_]+[?!]?[(\\s]\\s*%1$s\\b"
            + "|%%\\{\\s*%1$s\\s*\\||\\b%1$s\\s*\\|>\\s*Map\\.";

    /**
     * Why init/1 cannot start from {@code arg} as start_link hands it on: its parameter is a tuple or map pattern
     * ({@code init({endpoint, name, opts})}, phoenix's PoolDrainer), or its body reads the argument as a map
     * ({@code args.config.sleep}, {@code Map.merge(args, ..)}: evercam's pollers); null when nothing says so. Readers
     * of the third fresh batch ran the {@code start_supervised!({Poller, []})} these got: init raised.
     */
    static String initTakes(SketchPlan p, String arg) {
        TodayCode.Init start = p.code.startLink();
        TodayCode.Init init = p.code.init();
        if (init == null || init.param() == null || start == null || start.param() == null
                || !passesOn(start, TestCalls.withoutDefault(start.param().strip()))) {
            return null;
        }
        String where = p.code.where().get("init/1");
        String at = where == null ? "" : " (" + where + ")";
        String param = TestCalls.withoutDefault(init.param().strip());
        if (!takes(param, arg)) {
            return "init(" + param + ")" + at + " does not match " + arg + ", which start_link hands on.";
        }
        if (!TodayAssertions.variable(param) || param.startsWith("_") || init.body() == null) {
            return null;
        }
        Matcher use = Pattern.compile(String.format(MAP_USE, Pattern.quote(param))).matcher(init.body());
        return use.find() ? "init/1" + at + " reads its argument as a map (" + use.group().strip() + "), which "
                + arg + " is not." : null;
    }

    /** start_link's body hands its one parameter, as it came, to the process ({@code GenServer.start_link(M, args, ..)}). */
    private static boolean passesOn(TodayCode.Init start, String param) {
        return TodayAssertions.variable(param) && !param.startsWith("_") && start.body() != null
                && Pattern.compile("start(_link)?\\(\\s*__MODULE__\\s*,\\s*" + Pattern.quote(param) + "\\s*[,)]")
                .matcher(start.body()).find();
    }

    private static boolean self(SketchPlan p, String ref, String head) {
        return head.equals(ref) || head.equals(p.module);
    }

    /**
     * The one start_link parameter as written matches {@code arg}: a tuple, map or struct pattern takes no list or
     * string; a list pattern with elements takes no empty list.
     */
    static boolean takes(String param, String arg) {
        String pattern = TestCalls.withoutDefault(param);
        if (pattern.contains(" = ")) {
            String left = pattern.substring(0, pattern.indexOf(" = ")).strip();
            String right = pattern.substring(pattern.indexOf(" = ") + 3).strip();
            pattern = TodayAssertions.variable(left) ? right : left;
        }
        boolean value = arg.startsWith("[") || arg.startsWith("\"");
        if (value && (pattern.startsWith("{") || pattern.startsWith("%"))) {
            return false;
        }
        // start_link([init_opts, server_opts]) (blockscout's Beacon.Deposit): a list pattern with elements takes no []
        // and no string
        boolean listPattern = pattern.startsWith("[") && !pattern.replaceAll("\\s", "").equals("[]");
        return !(listPattern && (arg.replaceAll("\\s", "").equals("[]") || arg.startsWith("\"")));
    }
}
