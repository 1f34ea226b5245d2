package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.TodayCode.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module whose abstraction and placement fit: no rewrite (RULEBOOK §5). It says so, and for each of its
 * findings shows the change it calls for as a small before/after of the module's own code when the facts
 * hold that code, else the finding's own advice in one comment.
 */
final class FitsSketch {
    /** Findings beyond these are in the Findings section: the sketch stays a few lines per change. */
    private static final int MAX_FIXES = 4;
    private static final int MAX_COMMENT = 94;
    /** {@code spawn/1 in Mod.fun/2 ...}: the call a finding is about. */
    /** {@code does slow work before it returns: Mod.fun/2 (line 171)}: OTP013's slow call. */
    /** OTP019's return as written and the one to write ({@code returns :noop, which ... Return {:noreply, state} instead.}). */
    private static final Pattern BAD_RETURN = Pattern.compile(
            "returns (.+?)(?: \\([^)]*\\))?, which [a-z_]+/\\d may not return: .* Return (.+?) instead"
                    + "(?: \\((.+)\\))?\\.$", Pattern.DOTALL);
    private static final Pattern SLOW_CALL = Pattern.compile("before it returns: ([A-Za-z_.:]+/\\d+) \\(line");
    private static final Pattern CALLEE = Pattern.compile("^([A-Za-z_.:]+)/(\\d+) in ");
    private static final Pattern UNLINKED = Pattern.compile("(GenServer|Agent|:gen_statem|GenStateMachine)\\.start\\(");
    /** A remote call without arguments ({@code Repo.all()}): in a pipe, its text misses its first argument. */
    private static final Pattern PIPED = Pattern.compile("[A-Z][A-Za-z0-9_.]*\\.[a-z_][A-Za-z0-9_]*[?!]?\\(\\)");
    /** OTP008's advice: {@code Register the process under {:via, Registry, {Shop.Registry, id}}}. */
    private static final Pattern VIA_ADVICE = Pattern.compile(
            "under (\\{:via, Registry, \\{[A-Z][A-Za-z0-9_.]*, [a-z_][A-Za-z0-9_]*\\}\\})");
    /** OTP012's own words: {@code Add a clause `def handle_info({:retry, _} = msg, state)`}. */
    private static final Pattern ADD_CLAUSE = Pattern.compile("Add (?:a clause )?`(def handle_(?:info|cast)\\([^`\\n]*\\))`");
    /** OTP012 on a clause OTP never calls: {@code defines handle_info/1, but GenServer calls handle_info/2}. */
    private static final Pattern WRONG_ARITY = Pattern.compile("defines (handle_info|handle_cast)/1, but GenServer calls");
    /** A one-argument callback head as the facts print it: {@code def handle_info(msg)}. */
    private static final Pattern ONE_ARG_HEAD = Pattern.compile("def (handle_info|handle_cast)\\((.*)\\)");

    private FitsSketch() {
    }

    static String render(SketchPlan p) {
        TodayCode code = p.code;
        CodeWriter w = new CodeWriter();
        if (code.startedOutside() != null) {
            comment(w, p.module + " keeps its code (" + code.fitsAs() + "): no rewrite. What changes is where it is"
                    + " started: today it is " + code.startedOutside() + ". The Supervision Tree shows the entry.");
        } else {
            comment(w, p.module + " fits as it is (" + code.fitsAs() + "): no rewrite.");
        }
        if (code.findings().isEmpty()) {
            if (!ShutdownFix.write(w, p)) {
                comment(w, "It has no findings: nothing to change.");
            }
            return w.toString();
        }
        boolean own = code.findings().stream().anyMatch(f -> !ofChild(f));
        comment(w, own ? "The changes its findings call for:"
                : "It has no findings of its own. A child it starts has one about how it is restarted, a change in"
                + " the child:");
        int shown = 0;
        for (Fix f : code.findings()) {
            if (shown++ == MAX_FIXES) {
                comment(w, "... and " + (code.findings().size() - MAX_FIXES) + " more under Findings.");
                break;
            }
            w.blank();
            fix(w, p, f);
        }
        return w.toString();
    }

    /** OTP018's line to write: {@code `use GenServer, restart: :transient`}. */
    private static final Pattern USE_TRANSIENT = Pattern.compile("`(use [A-Z][A-Za-z.]*, restart: :transient)`");

    /** A finding on a child the module starts ({@code TodayCodes}' children's OTP018), not on its own code. */
    private static boolean ofChild(Fix f) {
        return f.child() != null;
    }

    static void fix(CodeWriter w, SketchPlan p, Fix f) {
        comment(w, f.ruleId() + " at " + f.where() + ": " + firstSentence(f.advice()));
        String before = code(f.before());
        Matcher callee = CALLEE.matcher(f.advice() == null ? "" : f.advice());
        String call = callee.find() ? callee.group(1) : null;
        switch (f.ruleId()) {
            case "OTP013" -> {
                if (ContinueMove.write(w, p.code.init(), f.slowCalls(), f.makers())) {
                    return; // today's init/1, cut after the slow work with everything that depends on it
                }
                String table = ContinueMove.tableStatement(p.code.init(), f.slowCalls(), f.makers());
                if (table != null) {
                    // Readers of a table or a :persistent_term do not wait in the mailbox: made in the continue,
                    // it would be missing when the next child or a caller reads it.
                    String first = table.lines().filter(l -> !l.strip().startsWith("#")).findFirst().orElse(table)
                            .strip();
                    boolean term = f.advice() != null && f.advice().contains("keep creating the :persistent_term");
                    comment(w, "Not moved as code: the statement of init/1 `" + first
                            + (first.equals(table.strip()) ? "" : " ...") + "`, at or after the slow call, creates "
                            + (term ? "a :persistent_term" : "an ETS table") + " (itself or through a function of"
                            + " the module)"
                            + " that other processes read directly, without waiting for this one. Moved to"
                            + " handle_continue/2 it would not exist yet when init/1 returns, and a reader that"
                            + " comes first (the next child's init/1, a caller) fails. Keep creating it in init/1,"
                            + " empty or with a default, and move only the slow call and the write of its result.");
                    return;
                }
                Matcher slow = SLOW_CALL.matcher(f.advice() == null ? "" : f.advice());
                if (before == null && slow.find()) {
                    // The slow call is in a helper: its name is what moves.
                    w.line("# before: init/1 calls " + slow.group(1) + " before it returns {:ok, state}");
                    w.line("# after: init/1 returns {:ok, state, {:continue, :load}}, and");
                    w.open("def handle_continue(:load, state) do");
                    w.line("# the " + slow.group(1) + " call, moved here from init/1");
                    w.line("{:noreply, state}");
                    w.close("end");
                    return;
                }
                if (before != null && PIPED.matcher(before).matches()) {
                    // A call written without arguments is most often the end of a pipe, whose text the facts
                    // do not keep: moving the bare call would change what it does, so it is named.
                    w.line("# before: init/1 runs " + before + " (line " + f.where().substring(f.where().lastIndexOf(':') + 1)
                            + ", with the pipe it ends, if any) before it returns {:ok, state}");
                    w.line("# after: init/1 returns {:ok, state, {:continue, :load}}, and");
                    w.open("def handle_continue(:load, state) do");
                    w.line("# that code, moved here from init/1, with what it computes put into the state");
                    w.line("{:noreply, state}");
                    w.close("end");
                    return;
                }
                if (before != null) {
                    w.line("# before: in init/1");
                    w.line(before);
                    w.line("# after: init/1 returns {:ok, state, {:continue, :load}}, and");
                    w.open("def handle_continue(:load, state) do");
                    w.line(before);
                    w.line("{:noreply, state}");
                    w.close("end");
                    return;
                }
            }
            case "OTP005" -> {
                String after = call != null && startsUnsupervised(call) && f.written() != null
                        ? WrittenCall.supervised(f.written(), p.taskSupervisor) : null;
                if (after != null) {
                    // Its own call, the same function started under the project's Task.Supervisor.
                    w.line("# before");
                    WrittenCall.write(w, f.written());
                    w.line("# after");
                    WrittenCall.write(w, after);
                    newTaskSupervisor(w, p);
                    return;
                }
                if (call != null && startsUnsupervised(call)) {
                    w.line("# before");
                    w.line(call + "(fn -> work() end)");
                    w.line("# after");
                    w.line("Task.Supervisor.start_child(" + p.taskSupervisor + ", fn -> work() end)");
                    newTaskSupervisor(w, p);
                    return;
                }
                String linked = before == null ? null : linkedStart(before);
                if (linked != null) {
                    // Its own call as written, with the linked variant: same arguments, same name.
                    w.line("# before");
                    w.line(before);
                    w.line("# after");
                    w.line(linked);
                    return;
                }
            }
            case "OTP009" -> {
                String after = f.written() == null ? null : WrittenCall.narrowed(f.written(), f.advice());
                if (after != null) {
                    WrittenCall.writeChange(w, f.written(), after,
                            "# after: only what the function reads is copied to the new process");
                    return;
                }
            }
            case "OTP008" -> {
                Matcher via = VIA_ADVICE.matcher(f.advice() == null ? "" : f.advice());
                if (via.find() && Messages.parses(via.group(1))) {
                    if (before != null) {
                        w.line("# before");
                        w.line(before);
                    }
                    w.line("# after: the name it starts under and every lookup uses (no atom is made)");
                    w.line("name = " + via.group(1));
                    newNames(w, p, f.advice());
                    return;
                }
            }
            case "OTP012" -> {
                if (otp012(w, f, before)) {
                    return;
                }
            }
            case "OTP017" -> {
                if (StructureFixes.twoUses(w, p, f)) {
                    return;
                }
            }
            case "OTP011" -> {
                if (f.advice() != null && f.advice().contains("registers itself in init/1")
                        && StructureFixes.registerAtStart(w, p, f)) {
                    return;
                }
            }
            case "OTP018" -> {
                if (ofChild(f)) {
                    Matcher use = USE_TRANSIENT.matcher(f.advice() == null ? "" : f.advice());
                    boolean found = use.find();
                    comment(w, "change, in " + f.child() + " (a child it starts; its report shows the line)"
                            + (found ? ":" : ": restart: :transient in its child spec"));
                    if (found) {
                        w.line(use.group(1));
                    }
                    return;
                }
                if (StructureFixes.transientRestart(w, p)) {
                    return;
                }
            }
            case "OTP019" -> {
                Matcher bad = BAD_RETURN.matcher(f.advice() == null ? "" : f.advice());
                if (bad.find() && !bad.group(2).contains(" or ")) {
                    w.line("# before");
                    w.line(bad.group(1));
                    w.line("# after" + (bad.group(3) == null ? "" : ", " + bad.group(3)));
                    if (bad.group(2).endsWith(" after the call")) {
                        w.line(bad.group(1)); // Logger.info(..) kept, the return written after it
                        w.line(bad.group(2).substring(0, bad.group(2).length() - " after the call".length()));
                    } else {
                        w.line(bad.group(2));
                    }
                    return;
                }
            }
            case "OTP010" -> {
                if (StructureFixes.partition(w, p, f, before)) {
                    return;
                }
            }
            case "OTP015" -> {
                if (StructureFixes.unstarted(w, p, f)) {
                    return;
                }
            }
            default -> {
            }
        }
        if (before != null) {
            w.line("# the code it points at:");
            w.line(before);
        }
        comment(w, "change: " + lastSentence(f.advice()));
        newNames(w, p, f.advice());
    }

    /** {@code GenServer.start(...)} (or Agent's, gen_statem's) as its {@code start_link}; null for any other call. */
    static String linkedStart(String call) {
        Matcher m = UNLINKED.matcher(call);
        return m.lookingAt() ? m.group(1) + ".start_link(" + call.substring(m.end()) : null;
    }

    /**
     * OTP012's change as code: the clause a message needs (the finding names its pattern), or the wrong-arity
     * clause with the state argument GenServer passes; false otherwise (a shadowed clause: its advice in words).
     */
    private static boolean otp012(CodeWriter w, Fix f, String before) {
        String advice = f.advice() == null ? "" : f.advice();
        Matcher clause = ADD_CLAUSE.matcher(advice);
        if (clause.find() && Messages.parses(clause.group(1) + " do\n:ok\nend")) {
            if (before != null) {
                w.line("# before: where the message comes from");
                w.line(before);
            }
            if (clause.group(1).startsWith("def handle_info({:EXIT, _pid, reason}, state)")) {
                // Today the first :EXIT crashes it and the supervisor restarts it with what it linked: stopping with
                // the linked process's reason keeps that; {:noreply, state} would keep a dead pid in the state.
                w.line("# after: a linked process ended: stop with its reason, as today's crash does, so that the");
                w.line("# supervisor starts it again with what it links; keep running only for an exit it can do");
                w.line("# without (match that pid first)");
                w.line("def handle_info({:EXIT, _pid, reason}, state), do: {:stop, reason, state}");
                return true;
            }
            w.line("# after: a clause that does the work the message stands for");
            // The message is matched whole as the finding writes it; the sketch does not use it yet.
            w.open(clause.group(1).replace(" = msg, state)", " = _msg, state)") + " do");
            w.line("# what the message asks for (today nothing runs it)");
            w.line("{:noreply, state}");
            w.close("end");
            return true;
        }
        Matcher head = ONE_ARG_HEAD.matcher(before == null ? "" : before);
        if (head.matches() && advice.contains("defines " + head.group(1) + "/1,")) {
            w.line("# before");
            w.line(before);
            w.line("# after: the arity GenServer calls, checked by the compiler");
            w.line("@impl true");
            w.line("def " + head.group(1) + "(" + head.group(2) + ", state)");
            return true;
        }
        Matcher arity = WRONG_ARITY.matcher(advice);
        if (arity.find()) {
            // The facts do not keep the head of a clause OTP never calls: its shape, with the state added.
            w.line("# after: the clause at line " + f.where().substring(f.where().lastIndexOf(':') + 1)
                    + " with the state GenServer passes, and its return");
            w.line("@impl true");
            w.open("def " + arity.group(1) + "(_message, state) do");
            w.line("# its body as today");
            w.line("{:noreply, state}");
            w.close("end");
            return true;
        }
        return false;
    }

    private static void newTaskSupervisor(CodeWriter w, SketchPlan p) {
        if (p.newNames.contains(p.taskSupervisor)) {
            w.line("# new: add {Task.Supervisor, name: " + p.taskSupervisor + "} to the application's children");
        }
    }

    /** A name the advice asks for that the project lacks is added explicitly, as a children entry. */
    private static void newNames(CodeWriter w, SketchPlan p, String advice) {
        if (advice == null) {
            return;
        }
        for (Child c : List.of(Child.registry(p), Child.dynamicSupervisor(p), Child.taskSupervisor(p),
                Child.partitionSupervisor(p, "DynamicSupervisor"))) {
            String name = c.args().substring(c.args().lastIndexOf("name: ") + 6);
            if (p.newNames.contains(name) && advice.contains(name)) {
                w.line("# new: add " + c.text() + " to the application's children");
            }
        }
    }

    private static boolean startsUnsupervised(String call) {
        return call.equals("spawn") || call.equals("Task.start") || call.equals("Task.start_link")
                || call.equals("Task.async") || call.equals("spawn_link");
    }

    /** Code from the facts, when it is one line of Elixir that is safe in a fence. */
    static String code(String text) {
        return text != null && !text.contains("\n") && SketchNames.fenceSafe(text) && Messages.parses(text)
                ? text : null;
    }

    /** A comment of one or more lines, each short, none able to end the fence or the comment. */
    static void comment(CodeWriter w, String text) {
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Cs}\u0085\u2028\u2029]", " ").replace("\n", " ").replace("`", "'").replaceAll("\\s+", " ").strip();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > MAX_COMMENT) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        for (String l : lines) {
            w.line("# " + l);
        }
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf(": ");
        int dot = text.indexOf(". ");
        int cut = end > 0 && (dot < 0 || end < dot) ? end : dot;
        String s = cut > 0 ? text.substring(0, cut) : text;
        // Cut between words: a name cut in the middle reads as another name.
        int space = s.lastIndexOf(' ', 176);
        return s.length() > 180 ? s.substring(0, space > 0 ? space : 177) + " ..." : s;
    }

    /** The advice: findings end with what to do. */
    private static String lastSentence(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        int dot = t.lastIndexOf(". ", t.length() - 2);
        // Whole: the comment wraps it, and advice cut mid-sentence cannot be followed.
        return dot > 0 ? t.substring(dot + 2) : t;
    }
}
