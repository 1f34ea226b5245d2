package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ApiFunction;
import io.github.otpadvisor.facts.ProcessBehaviours;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rewriting sketch keeps of the module around the code it rewrites (RULEBOOK §5: a transformation, not a
 * template): today's {@code alias}/{@code require}/{@code import}/{@code use} lines and attributes, written at the
 * top as they are (the kept and moved code uses them), and every function the sketch neither shows nor names,
 * named at the end: unchanged, or, where the process they message is rewritten, still to move. Nothing of the
 * module is dropped without a word.
 */
final class KeptModule {
    private static final Set<String> CALLBACKS = Set.of("init/1", "handle_call/3", "handle_cast/2", "handle_info/2",
            "handle_continue/2", "terminate/2", "code_change/3", "format_status/1", "format_status/2",
            "child_spec/1", "callback_mode/0", "handle_event/4");
    private static final Pattern USE = Pattern.compile("^use ([A-Z][\\w.]*|:\\w+)");
    private static final Pattern BEHAVIOUR = Pattern.compile("^@behaviou?r ([A-Z][\\w.]*|:\\w+)\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^@(\\w+)\\b");

    private KeptModule() {
    }

    /** The sketch of {@code p} with today's header lines added and the functions it does not show named. */
    static String complete(SketchPlan p, String sketch) {
        List<String> lines = new ArrayList<>(List.of(sketch.split("\n", -1)));
        int at = lines.indexOf("defmodule " + p.module + " do");
        int end = at < 0 ? -1 : lines.subList(at, lines.size()).indexOf("end") + at; // its own end, at the margin
        if (at < 0 || end <= at) {
            return sketch;
        }
        List<String> tail = missing(p, sketch);
        if (!tail.isEmpty()) {
            CodeWriter w = new CodeWriter();
            FitsSketch.comment(w, String.join(" ", tail));
            List<String> add = new ArrayList<>(List.of(""));
            for (String l : w.toString().split("\n")) {
                add.add("  " + l);
            }
            lines.addAll(end, add);
        }
        List<String> head = header(p, lines);
        if (!head.isEmpty()) {
            head.add("");
            lines.addAll(at + 1, head);
        }
        return String.join("\n", lines);
    }

    /** Today's header lines the sketch lacks, indented for the module body. */
    private static List<String> header(SketchPlan p, List<String> sketch) {
        List<String> out = new ArrayList<>();
        for (String h : p.code.header()) {
            if (!SketchNames.fenceSafe(h) || ownBehaviour(h) || defined(h, sketch)) {
                continue;
            }
            for (String l : h.split("\n", -1)) {
                out.add(l.isEmpty() ? "" : "  " + l);
            }
        }
        return out;
    }

    /** {@code use GenServer} or {@code @behaviour :gen_statem}: the sketch writes the behaviour it becomes itself. */
    private static boolean ownBehaviour(String h) {
        Matcher u = USE.matcher(h);
        if (u.find()) {
            return ProcessBehaviours.ofUse(u.group(1)) != Abstraction.NONE;
        }
        Matcher b = BEHAVIOUR.matcher(h);
        return b.find() && ProcessBehaviours.ofBehaviour(b.group(1)) != Abstraction.NONE;
    }

    /** The line is in the sketch already, or the sketch sets that attribute itself. */
    private static boolean defined(String h, List<String> sketch) {
        String first = h.split("\n", -1)[0];
        Matcher a = ATTRIBUTE.matcher(first);
        for (String l : sketch) {
            String s = l.strip();
            if (s.equals(first.strip()) || a.find(0) && s.startsWith("@" + a.group(1) + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Sentences naming today's functions the sketch neither defines nor names; empty when there are none. */
    private static List<String> missing(SketchPlan p, String sketch) {
        List<String> unchanged = new ArrayList<>();
        List<String> toMove = new ArrayList<>();
        Set<String> messaging = new java.util.HashSet<>();
        for (ApiFunction f : p.code.api()) {
            if (f.messages() && !HelperSends.throughRewritten(p, f)) {
                messaging.add(f.key());
            }
        }
        boolean processKept = p.keepsCallbacks || p.code.stateMachine() && p.shape == SketchPlan.Shape.GENSERVER;
        // What starts a GenServer starts it no more once it is another behaviour (an Agent, a table's owner ...).
        boolean stillGenServer = p.shape == SketchPlan.Shape.GENSERVER;
        List<String> starts = new ArrayList<>();
        for (String key : p.code.publics()) {
            if (CALLBACKS.contains(key) || shown(sketch, key) || key.startsWith("start_link/")
                    && (defines(sketch, "start_link") || p.shape == SketchPlan.Shape.FUNCTIONS)) {
                continue;
            }
            if (p.code.ownStarts().contains(key) && !stillGenServer) {
                starts.add("def " + key);
                continue;
            }
            (messaging.contains(key) && !processKept ? toMove : unchanged).add("def " + key);
        }
        Set<String> helperSends = HelperSends.helpers(p); // named already, as still to move
        for (String key : p.code.privates()) {
            if (!shown(sketch, key) && !helperSends.contains(key)) {
                unchanged.add("defp " + key);
            }
        }
        List<String> out = new ArrayList<>();
        if (!unchanged.isEmpty()) {
            out.add("Unchanged: today's " + String.join(", ", unchanged) + (unchanged.size() == 1 ? " stays as it is."
                    : " stay as they are."));
        }
        if (!starts.isEmpty()) {
            out.add("To change: " + String.join(", ", starts) + " start" + (starts.size() == 1 ? "s" : "")
                    + " today's process itself (" + (p.code.agentCalls().isEmpty() ? "GenServer" : "Agent")
                    + ".start*); "
                    + (p.shape == SketchPlan.Shape.FUNCTIONS ? "without a process there is nothing to start."
                    : "start it as start_link above does instead, the rest as it is."));
        }
        if (!toMove.isEmpty()) {
            out.add("Still to move: " + String.join(", ", toMove) + (toMove.size() == 1
                    ? " sends the process a message the sketch no longer handles; rewrite it like the functions"
                    + " above, or it fails once this is applied."
                    : " send the process messages the sketch no longer handles; rewrite each like the functions"
                    + " above, or they fail once this is applied."));
        }
        return out;
    }

    /** The sketch defines {@code name/arity} or names it in a comment. */
    private static boolean shown(String sketch, String key) {
        int slash = key.lastIndexOf('/');
        String name = key.substring(0, slash);
        int arity = Integer.parseInt(key.substring(slash + 1));
        if (Pattern.compile("(?<![\\w.:])" + Pattern.quote(key) + "(?!\\d)").matcher(sketch).find()) {
            return true;
        }
        Matcher m = Pattern.compile("(?m)^\\s*defp? " + Pattern.quote(name) + "(?![\\w?!])(.*)$").matcher(sketch);
        while (m.find()) {
            if (arity(m.group(1)) == arity) {
                return true;
            }
        }
        return false;
    }

    private static boolean defines(String sketch, String name) {
        return Pattern.compile("(?m)^\\s*def " + Pattern.quote(name) + "\\b").matcher(sketch).find();
    }

    /**
     * The arity a one-line head's parameters give ({@code (a, b) do}, {@code , do: x} or nothing is 0); defaults
     * ({@code \\\\}) count as given, which is how the key of the longest arity is written.
     */
    static int arity(String params) {
        String p = params.strip();
        if (!p.startsWith("(")) {
            return 0;
        }
        int depth = 0;
        int count = 1;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    return p.substring(1, i).isBlank() ? 0 : count;
                }
            } else if (c == ',' && depth == 1) {
                count++;
            }
        }
        return -1;
    }
}
