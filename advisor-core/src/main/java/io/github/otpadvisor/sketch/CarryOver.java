package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.TodayCode.Handler;
import io.github.otpadvisor.sketch.TodayCode.InitCall;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every rewriting sketch keeps from today's code (RULEBOOK §5): the {@code restart:}/{@code shutdown:}
 * options, its own {@code child_spec/1}, the timers and monitors of {@code init}, and the messages it handles,
 * each carried over or named in a comment, never dropped silently.
 */
final class CarryOver {
    /** A variable in printed Elixir: not an atom, a field, a module attribute, a keyword key or a call. */
    private static final Pattern VARIABLE = Pattern.compile(
            "(?<![\\w:.@?!\"])([a-z][A-Za-z0-9_]*)(?![\\w?!(:\"]|\\.\\w)");
    private static final Set<String> WORDS = Set.of("when", "and", "or", "not", "in", "fn", "do", "end", "true",
            "false", "nil", "self");

    private CarryOver() {
    }

    /** {@code use GenServer} with today's restart and shutdown options ({@code fallbackRestart} when it has none). */
    static String useLine(SketchPlan p, String behaviour, String fallbackRestart) {
        List<String> opts = new ArrayList<>();
        String restart = option(p.code.useOptions().get("restart"));
        if (restart != null) {
            opts.add("restart: " + restart);
        } else if (fallbackRestart != null) {
            opts.add("restart: " + fallbackRestart);
        }
        String shutdown = option(p.code.useOptions().get("shutdown"));
        if (shutdown != null) {
            opts.add("shutdown: " + shutdown);
        }
        return "use " + behaviour + (opts.isEmpty() ? "" : ", " + String.join(", ", opts));
    }

    /** An option's value as written, when it is a literal a sketch can repeat. */
    private static String option(String value) {
        return value != null && value.matches(":[a-z_]+|[0-9_]+|:infinity") ? value : null;
    }

    /** Names today's restart/shutdown options and own child_spec/1 where the sketch has no process to give them. */
    static void optionsNotKept(CodeWriter w, SketchPlan p, String why) {
        optionsNotKept(w, p, why, false);
    }

    /** The same; {@code childSpecStays}: the sketch keeps the module's own child_spec ({@link StartShim}). */
    static void optionsNotKept(CodeWriter w, SketchPlan p, String why, boolean childSpecStays) {
        List<String> kept = new ArrayList<>();
        p.code.useOptions().forEach((k, v) -> kept.add(k + ": " + v));
        kept.sort(null);
        if (p.code.childSpec() && !childSpecStays) {
            kept.add("its own child_spec/1");
        }
        if (!kept.isEmpty()) {
            FitsSketch.comment(w, "Not kept: " + String.join(", ", kept) + "; " + why);
        }
    }

    /**
     * Names the calls other modules make to the process directly (GenServer.call/cast, send), where the sketch's
     * process takes no messages: they are part of the change, each to become a call of the module's functions.
     */
    static void outsideSenders(CodeWriter w, SketchPlan p, String what) {
        List<String> sends = p.code.outsideSends();
        if (sends.isEmpty()) {
            return;
        }
        w.blank();
        FitsSketch.comment(w, "Part of this change: other modules message the process directly today, and " + what
                + " takes no messages: " + String.join("; ", sends) + ". Each must call the functions below instead,"
                + " or it fails once this is applied.");
    }

    /** Names the plain functions that stay as they are today. */
    static void plainFunctions(CodeWriter w, SketchPlan p) {
        List<String> viaHelper = HelperSends.publics(p);
        // a function that starts today's GenServer (elixir-node's PoiPersistence.prepare_for_requests/1) starts it no
        // more once it is another behaviour: it is no plain function that stays
        boolean stillGenServer = p.shape == SketchPlan.Shape.GENSERVER;
        List<String> plain = p.plainOps.stream().filter(k -> !viaHelper.contains(k)
                && (stillGenServer || !p.code.ownStarts().contains(k))).toList();
        if (!plain.isEmpty()) {
            FitsSketch.comment(w, "Unchanged: " + String.join(", ", plain) + " (plain functions today: they run"
                    + " in the caller and stay so).");
        }
        String sentence = HelperSends.sentence(p);
        if (sentence != null) {
            FitsSketch.comment(w, sentence);
        }
    }

    /** Says the module's own child_spec/1 stays: the sketch does not show it. */
    static void childSpec(CodeWriter w, SketchPlan p) {
        if (p.code.childSpec()) {
            w.line("# child_spec/1: keep today's definition, it decides how supervisors start it.");
        }
    }

    /**
     * init's timers, monitors and exit trap: the call as written when it stands alone, else named in a comment.
     *
     * @param scheduled the tags the sketch already schedules itself
     */
    static void initCalls(CodeWriter w, SketchPlan p, Set<String> scheduled) {
        for (InitCall c : p.code.initCalls()) {
            String text = c.text();
            boolean alone = text != null && !text.contains("\n") && SketchNames.fenceSafe(text) && !text.contains("@")
                    && Messages.parses(text) && Messages.freeVariables(text).isEmpty();
            if ("EXIT".equals(c.tag())) {
                continue; // the sketch sets trap_exit itself when it handles :EXIT
            }
            if (alone && (c.tag() == null || !scheduled.contains(c.tag()))) {
                w.line(text);
            } else {
                FitsSketch.comment(w, "today's init also runs " + (text == null ? "a timer" : text)
                        + (c.tag() != null && scheduled.contains(c.tag()) ? " (the schedule above)" : ""));
            }
        }
    }

    /**
     * Today's terminate/2, named and quoted in a comment where the sketch does not keep today's callbacks: its state
     * is the sketch's own now, so the clause cannot run as written, but what it releases (a file, a database handle)
     * must still be released. {@code instead} says where that goes in this sketch.
     */
    static void terminate(CodeWriter w, SketchPlan p, String instead) {
        List<TodayCode.Clause> clauses = p.code.callbacks().stream().filter(c -> c.callback().equals("terminate"))
                .toList();
        if (clauses.isEmpty()) {
            return;
        }
        boolean traps = p.code.initCalls().stream().anyMatch(c -> "EXIT".equals(c.tag()));
        TodayCode.Clause first = clauses.get(0);
        w.blank();
        FitsSketch.comment(w, "Today's terminate/" + first.arity() + (first.where() == null ? "" : " (" + first.where() + ")")
                + (traps ? " runs at shutdown (init/1 traps exits)" : " runs when a callback stops it (init/1 does not"
                + " trap exits, so not at shutdown)") + "; " + instead + " Today:");
        for (TodayCode.Clause c : clauses) {
            if (!c.quotable()) {
                w.line("#   " + (c.message() == null ? "def terminate(...)" : "def terminate(" + c.message() + ", ...)")
                        + " do ... end");
                continue;
            }
            for (String l : (c.head().strip() + " do").split("\n", -1)) {
                w.line("#   " + l);
            }
            for (String l : c.body().split("\n", -1)) {
                w.line(l.isBlank() ? "#" : "#     " + l);
            }
            w.line("#   end");
        }
    }

    /** The tags of today's handlers, in order. */
    static Set<String> tags(SketchPlan p) {
        Set<String> out = new LinkedHashSet<>();
        p.code.handlers().forEach(h -> out.add(h.tag()));
        return out;
    }

    /** What tells two handlers apart: the tag, or the whole pattern when there is none. */
    static String key(Handler h) {
        return h.tag().isEmpty() ? "\n" + h.message() : h.tag();
    }

    /** The handlers whose tags the sketch does not carry, one of each tag. */
    static List<Handler> notIn(SketchPlan p, Set<String> carried) {
        List<Handler> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(carried);
        for (Handler h : p.code.handlers()) {
            if (!untaggedOp(p, h) && seen.add(key(h))) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * An untagged call or cast clause whose message is the parameter an operation of the same kind sends as it is
     * (ElixirTorrent's BlackList: {@code GenServer.cast(__MODULE__, peer_id)}): that operation carries it.
     */
    private static boolean untaggedOp(SketchPlan p, Handler h) {
        return h.tag().isEmpty() && h.message() != null && ElixirNames.isVariable(h.message().strip())
                && p.ops.stream().anyMatch(o -> o.tag() == null && o.data().contains(h.message().strip())
                && o.async() == h.callback().equals("handle_cast") && TodayLogic.of(p, o) != null);
    }

    /** Names the messages a sketch cannot carry over, with why. */
    static void namedOnly(CodeWriter w, SketchPlan p, List<Handler> handlers, String why) {
        if (handlers.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>();
        for (Handler h : handlers) {
            // The operation that sends it today is the function that now does its work.
            String now = p.ops.stream().filter(o -> h.tag().equals(o.tag())).map(o -> " (now " + o.name() + "/"
                    + o.arity() + ")").findFirst().orElse("");
            shown.add(h.callback() + " " + (pattern(h.message()) != null ? h.message()
                    : h.tag().isEmpty() ? "a message without a tag" : ":" + h.tag()) + now);
        }
        FitsSketch.comment(w, "Today it also handles " + String.join("; ", shown) + ". " + why);
    }

    private static String underscored(String code) {
        Matcher m = VARIABLE.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = m.group(1);
            m.appendReplacement(out, WORDS.contains(v) ? v : "_" + v);
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A message pattern as written with its variables prefixed by {@code _}, so a clause that does not use
     * them compiles without warnings; null when it is not one line of Elixir safe in a fence.
     */
    static String pattern(String message) {
        if (message == null || message.contains("\n") || !SketchNames.fenceSafe(message) || !Messages.parses(message)
                || message.contains("\\") || message.contains("'") || message.contains("^") || message.contains("#{")
                || message.contains("<>")) {
            return null;
        }
        // Only outside string literals: "hello world" stays as written.
        String[] parts = message.split("\"", -1);
        StringBuilder text0 = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                text0.append('"');
            }
            text0.append(i % 2 == 1 ? parts[i] : underscored(parts[i]));
        }
        String text = text0.toString();
        return Messages.parses(text) ? text : null;
    }
}
