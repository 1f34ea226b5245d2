package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.TodayCode.Clause;
import java.util.List;

/**
 * The change a fitting module's Failure and restart section calls for when no rule does: a terminate callback that
 * cleans up (releases a lock, closes a connection) never runs on a supervisor's shutdown, because the process does
 * not trap exits. Without it, "nothing to change" would contradict that section's Shutdown claim.
 */
final class ShutdownFix {
    /** Today's init/1 is quoted whole up to this many lines; longer, only its head. */
    private static final int MAX_QUOTED_LINES = 6;

    private ShutdownFix() {
    }

    /** Writes the before/after into {@code init/1} and returns true, or false when the module needs no such change. */
    static boolean write(CodeWriter w, SketchPlan p) {
        TodayCode code = p.code;
        String fn = code.stateMachine() ? "terminate/3" : "terminate/2";
        int arity = code.stateMachine() ? 3 : 2;
        List<Clause> terminate = code.callbacks().stream()
                .filter(c -> c.callback().equals("terminate") && c.arity() == arity).toList();
        // terminate/3 of a gen_statem is not summarized as a clause: that it is defined is all that is known.
        String defined = code.where().get(fn);
        boolean cleans = terminate.stream().anyMatch(c -> c.body() == null || !c.body().strip().equals(":ok"))
                || terminate.isEmpty() && defined != null;
        boolean traps = code.initCalls().stream().anyMatch(c -> "EXIT".equals(c.tag()))
                || code.callbacks().stream().anyMatch(c -> c.body() != null && c.body().contains(":trap_exit"))
                || code.init() != null && code.init().body().contains(":trap_exit");
        if (!cleans || traps) {
            return false;
        }
        String where = terminate.isEmpty() ? defined : terminate.get(0).where();
        FitsSketch.comment(w, "No rule finding; one change its Failure and restart section calls for: " + fn
                + (where == null ? "" : " (" + where + ")") + " does not run when its supervisor shuts it down, "
                + "because it does not trap exits.");
        String head = code.init() == null ? "def init(...) do" : "def init(" + code.init().param() + ") do";
        List<String> body = code.init() == null ? List.of() : code.init().body().strip().lines().toList();
        boolean whole = !body.isEmpty() && body.size() <= MAX_QUOTED_LINES;
        w.line("# before");
        if (whole) {
            w.open(head);
            body.forEach(w::line);
            w.close("end");
        } else {
            w.line(head);
        }
        FitsSketch.comment(w, "after: the supervisor's :shutdown exit then runs " + fn + ", within the shutdown "
                + "time of its child spec; exits of linked processes then arrive as {:EXIT, pid, reason} messages");
        w.open(head);
        w.line("Process.flag(:trap_exit, true)");
        if (whole) {
            body.forEach(w::line);
        } else {
            w.line("# ... today's init/1 body");
        }
        w.close("end");
        exitClauses(w, code);
        return true;
    }

    /**
     * Trapping turns the exit of every linked process (one its init/1 or a helper start_links) into a message: without
     * a clause that stops, a crash of that process would leave this one running without it (a catch-all clause that
     * only logs swallows it). These two keep today's behaviour: a crash ends it too, a normal exit does not. Nothing
     * is written when a clause already takes {:EXIT, ..} messages; a gen_statem gets them as events: said in words.
     */
    private static void exitClauses(CodeWriter w, TodayCode code) {
        List<Clause> infos = code.callbacks().stream().filter(c -> c.callback().equals("handle_info")).toList();
        if (infos.stream().anyMatch(c -> c.head() != null && c.head().contains("{:EXIT"))) {
            return;
        }
        if (code.stateMachine()) {
            FitsSketch.comment(w, "and, in every state, an event clause for (:info, {:EXIT, _pid, reason}) that stops"
                    + " with {:stop, reason} unless the reason is :normal, so that a linked process that crashes still"
                    + " ends it, as today.");
            return;
        }
        Clause catchAll = infos.stream().filter(c -> c.head() != null && CATCH_ALL.matcher(c.head()).find())
                .findFirst().orElse(null);
        w.blank();
        String above = catchAll == null ? ":" : "; put them above " + catchAll.head().replaceFirst("^defp? ", "")
                .replaceFirst(",?\\s+do:?$", "") + (catchAll.where() == null ? "" : " (" + catchAll.where() + ")")
                + ", which would otherwise take them:";
        FitsSketch.comment(w, "and these clauses, so that a linked process that crashes still ends it, as today, and"
                + " a normal exit still does not" + above);
        w.line("def handle_info({:EXIT, _pid, :normal}, state), do: {:noreply, state}");
        w.line("def handle_info({:EXIT, _pid, reason}, state), do: {:stop, reason, state}");
    }

    /** {@code def handle_info(info, state)}: a first parameter that is a bare variable takes every message. */
    private static final java.util.regex.Pattern CATCH_ALL =
            java.util.regex.Pattern.compile("handle_info\\(\\s*_?[a-z][A-Za-z0-9_]*\\s*,");
}
