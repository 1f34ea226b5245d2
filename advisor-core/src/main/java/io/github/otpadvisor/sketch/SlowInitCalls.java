package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.Signal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OTP013's slow work as the names of the calls {@code init/1} itself makes to reach it: the slow call when init/1
 * makes it ({@code get_game_config}), else the local helper of init/1 that leads to it ({@code leading?} for a
 * query in {@code leading?/1}). A sketch finds init/1's statements by these names and moves them with what depends
 * on them.
 */
final class SlowInitCalls {
    /** {@code Arena.Configuration.get_game_config/1 (line 66), which runs}: a project function init/1 reaches. */
    private static final Pattern CALLEE = Pattern.compile("([a-z_][A-Za-z0-9_]*[?!]?)/\\d+ \\(line (\\d+)\\), which runs");
    /** {@code Repo.all() (a database query, line 30)}: a slow call of the module's own code. */
    private static final Pattern DIRECT = Pattern.compile(", line (\\d+)\\)");
    /** The function a call as written calls: {@code Repo.all(} gives all, {@code receive do} gives receive. */
    private static final Pattern CALL_NAME = Pattern.compile("([a-z_][A-Za-z0-9_]*[?!]?)(?:\\(| do\\b)");
    private static final String INIT = "init/1";

    private SlowInitCalls() {
    }

    /** The names, in the order the message gives the slow calls; empty when none is found. */
    static Set<String> of(ModuleFacts f, String file, String message) {
        Set<String> out = new LinkedHashSet<>();
        if (f == null || message == null) {
            return out;
        }
        Matcher callee = CALLEE.matcher(message);
        while (callee.find()) {
            add(out, f, file, Integer.parseInt(callee.group(2)), callee.group(1));
        }
        Matcher direct = DIRECT.matcher(message);
        while (direct.find()) {
            int line = Integer.parseInt(direct.group(1));
            for (Signal s : f.signals()) {
                if (s.location() != null && s.location().line() == line && sameFile(s.location().file(), file)) {
                    Matcher name = CALL_NAME.matcher(s.text() == null ? "" : s.text());
                    add(out, f, file, line, name.find() ? name.group(1) : null);
                }
            }
        }
        return out;
    }

    /**
     * The names of the module's functions that create an ETS table or put a :persistent_term, themselves or
     * through their local helpers ({@code create} for logflare's {@code create/2} running {@code :ets.new}).
     */
    static Set<String> tableMakers(ModuleFacts f, Set<io.github.otpadvisor.facts.Location> namedTables) {
        Set<String> makes = new LinkedHashSet<>();
        if (f == null) {
            return makes;
        }
        for (Signal s : f.signals()) {
            // a table without a name is reached only through the tid its owner hands out: not counted
            if (s.function() != null && (s.kind() == Signal.Kind.ETS_NEW && namedTables.contains(s.location())
                    || s.kind() == Signal.Kind.PERSISTENT_TERM
                    && s.text() != null && s.text().contains(".put("))) {
                makes.add(s.function());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (FunctionInfo fn : f.functions()) {
            if (!fn.key().equals(INIT) && f.reach(fn.key()).stream().anyMatch(makes::contains)) {
                out.add(fn.key().substring(0, fn.key().lastIndexOf('/')));
            }
        }
        return out;
    }

    /** The call itself when init/1 makes it at {@code line}, else init/1's helpers that lead to where it is. */
    private static void add(Set<String> out, ModuleFacts f, String file, int line, String name) {
        Optional<FunctionInfo> in = containing(f, file, line);
        if (in.isEmpty()) {
            return;
        }
        if (in.get().key().equals(INIT)) {
            if (name != null) {
                out.add(name);
            }
            return;
        }
        f.function(INIT).ifPresent(init -> {
            for (String helper : init.localCalls()) {
                if (f.reach(helper).contains(in.get().key())) {
                    out.add(helper.substring(0, helper.lastIndexOf('/')));
                }
            }
        });
    }

    /** The function of the module whose first clause starts last at or before the line (its file's). */
    private static Optional<FunctionInfo> containing(ModuleFacts f, String file, int line) {
        List<FunctionInfo> fs = f.functions();
        return fs.stream().filter(fn -> fn.line() <= line && sameFile(fn.file(), file))
                .max(Comparator.comparingInt(FunctionInfo::line));
    }

    private static boolean sameFile(String a, String b) {
        return a == null || b == null || a.equals(b) || a.endsWith("/" + b) || b.endsWith("/" + a);
    }
}
