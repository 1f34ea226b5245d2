package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.TestPreamble;
import io.github.otpadvisor.facts.TestStart;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test that starts the module as the project's own test does, with that test's setups, helpers and the lines
 * before its start copied as written (issue 11, "tests that test"): where the start takes what the project's setup
 * builds, a sketch that only pointed at that test asserted nothing, and readers capped it at 3.
 */
final class OwnSetup {
    private final TestStart start;
    private final TestPreamble pre;
    /** {@link #variables()}, made once: every operation of the test asks. */
    private final java.util.Set<String> variables;

    private OwnSetup(TestStart start) {
        this.start = start;
        this.pre = start.preamble();
        this.variables = given();
    }

    /**
     * The project's own test's way to its start, when it can be copied and reaches the process: a start in a test,
     * or one in a setup that gives the pid to the test ({@code {:ok, pid: pid}}) or registers {@code named}.
     */
    static OwnSetup of(ProjectTests own, boolean named) {
        TestStart s = own.start();
        if (s == null || s.preamble() == null) {
            return null;
        }
        TestPreamble p = s.preamble();
        boolean reached = p.statement() != null || p.contextPid() != null || named;
        return reached ? new OwnSetup(s) : null;
    }

    /** A top-level binding of the copied lines ({@code plan = insert(:plan)}). */
    private static final Pattern BOUND = Pattern.compile("(?m)^([a-z][A-Za-z0-9_]*)\\s*=(?![=~])");

    /**
     * The variables the test has once the copied code ran: its context pattern's and those the lines before its
     * start bind (logflare's CircuitBreaker test has {@code backend}, which check/1 takes).
     */
    java.util.Set<String> variables() {
        return variables;
    }

    private java.util.Set<String> given() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (pre.statement() == null) {
            return out; // a start in a setup: the test gets the pid only
        }
        if (pre.context() != null) {
            out.addAll(Messages.freeVariables(pre.context()));
        }
        out.addAll(boundBefore());
        out.remove("pid");
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The variables the copied lines before its start bind at their top level, in order. */
    List<String> boundBefore() {
        List<String> out = new java.util.ArrayList<>();
        if (pre.statement() != null && pre.before() != null) {
            Matcher m = BOUND.matcher(pre.before());
            while (m.find()) {
                if (!out.contains(m.group(1))) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** Where the code comes from, for the comment above it. */
    String where() {
        return start.location().file() + ":" + start.location().line();
    }

    /**
     * The project's test's import and require lines, and the aliases the copied code uses or that bring in the module
     * under test (an alias nothing uses is a compile warning).
     */
    void header(CodeWriter w, String ref) {
        String copied = String.join("\n", pre.setups()) + "\n" + String.join("\n", pre.helpers()) + "\n"
                + (pre.before() == null ? "" : pre.before()) + "\n" + (pre.statement() == null ? "" : pre.statement());
        List<String> lines = pre.header().stream()
                .filter(l -> !l.startsWith("alias ") || aliasUsed(l, copied + "\n" + ref)).toList();
        lines.forEach(w::code);
        if (!lines.isEmpty()) {
            w.blank();
        }
    }

    /**
     * One of the copied alias lines already brings in {@code ref}, the name the test uses for {@code module}
     * ({@code alias Explorer.Migrator.{UnescapeAmpersandsInTokens, MigrationStatus}}): the sketch's own would repeat it.
     */
    boolean aliases(String module, String ref) {
        String prefix = module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : "";
        return pre.header().stream().anyMatch(l -> l.equals("alias " + module) || l.startsWith("alias " + prefix + ".{")
                && Pattern.compile("[{,]\\s*" + Pattern.quote(ref) + "\\s*[,}]").matcher(l).find());
    }

    /** Whether the names an {@code alias} line brings in ({@code alias A.B}, {@code alias A.{B, C}}, {@code as: D}) occur in {@code code}. */
    private static boolean aliasUsed(String line, String code) {
        Matcher as = Pattern.compile("as: ([A-Z][A-Za-z0-9_]*)").matcher(line);
        List<String> names = new java.util.ArrayList<>();
        if (as.find()) {
            names.add(as.group(1));
        } else if (line.contains("{")) {
            for (String n : line.substring(line.indexOf('{') + 1, line.lastIndexOf('}') < 0 ? line.length()
                    : line.lastIndexOf('}')).split(",")) {
                String t = n.strip();
                names.add(t.contains(".") ? t.substring(0, t.indexOf('.')) : t);
            }
        } else {
            String target = line.substring("alias ".length()).strip();
            names.add(target.substring(target.lastIndexOf('.') + 1));
        }
        return names.stream().anyMatch(n -> !n.isEmpty() && Pattern.compile("(?<![\\w.])" + Pattern.quote(n)
                + "(?![\\w])").matcher(code).find());
    }

    /** Its setups, as written. */
    void setups(CodeWriter w) {
        FitsSketch.comment(w, "Set up as the project's own test does (" + where() + "), its code as written.");
        for (String s : pre.setups()) {
            w.code(s);
            w.blank();
        }
    }

    /** Its own functions the copied code calls. */
    void helpers(CodeWriter w) {
        for (String h : pre.helpers()) {
            w.blank();
            w.code(h);
        }
    }

    /** {@code test "title", %{user: user} do}: the context the copied code reads, with the pid a setup gives. */
    String head(String title, boolean needPid) {
        String context = pre.context();
        String key = needPid && pre.statement() == null ? pre.contextPid() : null;
        if (key != null) {
            String bind = key + ": pid";
            if (context == null) {
                context = "%{" + bind + "}";
            } else if (context.startsWith("%{") && context.endsWith("}") && !Pattern.compile("(?<![\\w:])"
                    + Pattern.quote(key) + ":").matcher(context).find()) {
                context = "%{" + context.substring(2, context.length() - 1) + ", " + bind + "}";
            } else {
                return null; // a context the pid cannot be added to
            }
        }
        return "test \"" + title + "\"" + (context == null ? "" : ", " + context) + " do";
    }

    /** The lines before its start and the start, as written, its pid bound to {@code pid} when the steps use it. */
    void start(CodeWriter w, boolean needPid, String server) {
        if (pre.statement() == null) {
            if (needPid && pre.contextPid() == null) {
                w.binary("pid", "=", "Process.whereis(" + server + ")"); // started by the setup under its name
            }
            return;
        }
        if (pre.before() != null) {
            w.code(pre.before());
            w.blank();
        }
        String statement = pre.statement();
        if (!needPid) {
            w.code(statement);
            return;
        }
        if (pre.pid() != null) {
            w.code(statement);
            if (!pre.pid().equals("pid")) {
                w.binary("pid", "=", pre.pid());
            }
            return;
        }
        Matcher lhs = LHS.matcher(statement);
        String call = lhs.lookingAt() ? statement.substring(lhs.end()) : statement;
        if (lhs.lookingAt() && lhs.group().contains("\n")) {
            // {:ok, _} =\n  Mod.start_link(\n    ..: the call's lines lose the indentation its own line had
            String pad = lhs.group().substring(lhs.group().lastIndexOf('\n') + 1);
            call = call.replace("\n" + pad, "\n");
        }
        // start_supervised!/start_link_supervised! return the pid; start_supervised and start_link, {:ok, pid}
        w.code((start.function().endsWith("!") ? "pid = " : "{:ok, pid} = ") + call);
    }

    /** A pattern the start's result is matched against that binds no pid ({@code {:ok, _} = }, {@code _ = }). */
    private static final Pattern LHS = Pattern.compile("(?:\\{:ok, _[a-z_0-9]*\\}|_[a-z_0-9]*)\\s*=\\s*");
}
