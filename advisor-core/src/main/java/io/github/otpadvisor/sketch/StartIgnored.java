package io.github.otpadvisor.sketch;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Today's start_link (or init/1) returns {@code :ignore} unless a condition holds (issue 11, read cold at the
 * thirteenth stop: ride_along's EtaMonitor starts only with {@code start: true}, which its config sets for dev and
 * prod, not for tests; {@code start_supervised!} then returns {@code :undefined} and the test fails on it). When the
 * condition reads the application environment (also through the start argument, when the children entry passes
 * {@code Application.get_env(:app, Key)}), the test sets it first and puts it back after; otherwise it says what
 * the start depends on.
 *
 * @param condition the condition as written ({@code opts[:start]})
 * @param holds     whether the process starts when the condition holds (an {@code if} whose else is
 *                  {@code :ignore}) or when it does not
 * @param where     {@code start_link} or {@code init/1}, where the {@code :ignore} is
 * @param setup     the lines that make it start, or empty when the condition is not the environment's
 */
record StartIgnored(String condition, boolean holds, String where, List<String> setup) {
    private static final Pattern IF = Pattern.compile("^(\\s*)(if|unless) (.+) do$");
    private static final Pattern ENV_KEY = Pattern.compile(
            "Application\\.get_env\\((:[a-z_][A-Za-z0-9_]*), ([A-Z][\\w.]*|__MODULE__)\\)\\[(:[a-z_][A-Za-z0-9_]*)\\]");
    private static final Pattern ENV = Pattern.compile(
            "Application\\.get_env\\((:[a-z_][A-Za-z0-9_]*), (:[a-z_][A-Za-z0-9_]*)(?:, [^()]*)?\\)");
    private static final Pattern PARAM_KEY = Pattern.compile(
            "([a-z_][A-Za-z0-9_]*)\\[(:[a-z_][A-Za-z0-9_]*)\\]|Keyword\\.get\\(([a-z_][A-Za-z0-9_]*), "
                    + "(:[a-z_][A-Za-z0-9_]*)(?:, (?:nil|false))?\\)");
    /** A children entry that passes the application's environment as the start argument. */
    private static final Pattern ENV_ARG = Pattern.compile(
            "\\{[A-Z][\\w.]*, Application\\.get_env\\((:[a-z_][A-Za-z0-9_]*), ([A-Z][\\w.]*|__MODULE__)\\)\\}");

    /** What today's start depends on, or null when it always starts (or returns :ignore always). */
    static StartIgnored of(SketchPlan p, String spec) {
        TodayCode.Init start = p.code.startLink();
        StartIgnored s = start == null ? null : of(p, start.param(), start.body(), "start_link", spec);
        TodayCode.Init init = p.code.init();
        return s != null || init == null ? s : of(p, init.param(), init.body(), "init/1", spec);
    }

    private static StartIgnored of(SketchPlan p, String param, String body, String where, String spec) {
        if (body == null) {
            return null;
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals(":ignore")) {
                continue;
            }
            // the nearest if/unless above it, less indented, and whether an else of it comes between
            int indent = lines[i].length() - lines[i].stripLeading().length();
            boolean inElse = false;
            for (int j = i - 1; j >= 0; j--) {
                String l = lines[j];
                int at = l.length() - l.stripLeading().length();
                if (at >= indent || l.isBlank()) {
                    continue;
                }
                if (l.strip().equals("else")) {
                    inElse = true;
                    indent = at + 1;
                    continue;
                }
                Matcher m = IF.matcher(l.stripTrailing());
                if (!m.matches()) {
                    return null; // in a case or cond: not read
                }
                boolean unless = m.group(2).equals("unless");
                // it starts where the branch without :ignore runs
                boolean holds = unless ? !inElse : inElse;
                String cond = m.group(3).strip();
                return new StartIgnored(cond, holds, where, setup(p, param, cond, holds, spec));
            }
            return null;
        }
        return null;
    }

    /** The lines that give the environment the value the start needs, or empty. */
    private static List<String> setup(SketchPlan p, String param, String cond, boolean holds, String spec) {
        String c = cond;
        boolean value = holds;
        if (c.startsWith("!") || c.startsWith("not ")) {
            c = c.startsWith("!") ? c.substring(1).strip() : c.substring(4).strip();
            value = !value;
        }
        String v = String.valueOf(value);
        Matcher key = ENV_KEY.matcher(c);
        if (key.matches()) {
            return keyed(key.group(1), key(p, key.group(2)), key.group(3), v);
        }
        Matcher env = ENV.matcher(c);
        if (env.matches()) {
            return restored(env.group(1), env.group(2), v);
        }
        Matcher own = PARAM_KEY.matcher(c);
        Matcher arg = spec == null ? null : ENV_ARG.matcher(spec.strip());
        if (own.matches() && arg != null && arg.matches()) {
            String var = own.group(1) != null ? own.group(1) : own.group(3);
            String sub = own.group(2) != null ? own.group(2) : own.group(4);
            if (var.equals(param)) {
                // the entry passes Application.get_env(:app, Key): its key is what the start reads
                return keyed(arg.group(1), key(p, arg.group(2)), sub, v);
            }
        }
        return List.of();
    }

    private static String key(SketchPlan p, String key) {
        return key.equals("__MODULE__") ? p.module : key;
    }

    /** {@code sub: v} in the keyword list the environment holds under {@code app}, {@code key}. */
    private static List<String> keyed(String app, String key, String sub, String v) {
        return restored(app, key, "Keyword.put(previous || [], " + sub + ", " + v + ")");
    }

    /** The environment's {@code app}, {@code key} set to {@code value} for the test, and put back after it. */
    private static List<String> restored(String app, String key, String value) {
        return List.of("previous = Application.get_env(" + app + ", " + key + ")",
                "Application.put_env(" + app + ", " + key + ", " + value + ")",
                "on_exit(fn -> Application.put_env(" + app + ", " + key + ", previous) end)");
    }

    /** The comment above the setup (or in its place). */
    String comment() {
        return "Today's " + where + " returns :ignore " + (holds ? "unless " : "when ") + condition
                + (setup.isEmpty() ? ": give the test environment what makes it start, or start_supervised! gets no"
                + " process." : ": the test sets it, and puts it back after.");
    }
}
