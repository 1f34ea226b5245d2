package io.github.otpadvisor.sketch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A start call as the module writes it (several lines, its {@code fn} too), for a fix's before/after: the lines
 * it is quoted with, and the same call changed the way a finding asks, its body kept.
 */
final class WrittenCall {
    /** A longer call is quoted by its first line and {@code ...}: the fix is in that line. */
    static final int MAX_LINES = 12;
    /** {@code Task.start_link(}, {@code spawn(}: an unsupervised start whose arguments a Task.Supervisor call takes. */
    private static final Pattern UNSUPERVISED = Pattern.compile("^(Task\\.start_link|Task\\.start|Task\\.async|spawn_link|spawn)\\(");
    /** OTP009's bindings: {@code (start_fn = state.start_fn; id = opts.id, or the nested value it reads)}. */
    private static final Pattern BINDINGS = Pattern.compile("before starting it \\(([^)]*)\\)");
    private static final Pattern BINDING = Pattern.compile("([a-z_][A-Za-z0-9_]*) = ([a-z_][A-Za-z0-9_]*(?:\\.[a-z_][A-Za-z0-9_]*)+)");

    private WrittenCall() {
    }

    /** The call's lines, its continuation lines moved left by the indentation they have in the file. */
    static List<String> lines(String written) {
        String[] raw = written.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (int i = 1; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                indent = Math.min(indent, raw[i].length() - raw[i].stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i].stripTrailing();
            out.add(i == 0 || l.isEmpty() || indent == Integer.MAX_VALUE ? l : l.substring(Math.min(indent, l.length())));
        }
        return out;
    }

    /** Writes the call: whole when it is short, else its first line and {@code ...}. */
    static void write(CodeWriter w, String written) {
        List<String> lines = lines(written);
        if (lines.size() <= MAX_LINES) {
            lines.forEach(w::line);
        } else {
            w.line(lines.get(0));
            w.line("# ... (" + (lines.size() - 1) + " more lines as today)");
        }
    }

    /**
     * Writes a long call and its changed form (OTP009's {@code after}: bindings before the call, fields read through
     * them) so that both show every line the change touches: the first and last lines, each changed line, and
     * runs of unchanged lines between them as {@code # ... (n lines as today)}. A short call is written whole.
     *
     * @param before the call as written
     * @param after  the bindings, one a line, followed by the call with the same lines, some changed
     * @param label  the comment line written between the two
     */
    static void writeChange(CodeWriter w, String before, String after, String label) {
        List<String> was = lines(before);
        List<String> now = lines(after);
        int bindings = now.size() - was.size();
        if (bindings < 0) {
            w.line("# before");
            write(w, before);
            w.line(label);
            write(w, after);
            return;
        }
        boolean[] show = new boolean[was.size()];
        for (int i = 0; i < was.size(); i++) {
            show[i] = was.size() <= MAX_LINES || i == 0 || i == was.size() - 1
                    || !was.get(i).equals(now.get(bindings + i));
        }
        w.line("# before");
        selected(w, was, 0, show);
        w.line(label);
        now.subList(0, bindings).forEach(w::line);
        selected(w, now, bindings, show);
    }

    /** The lines of the call from {@code from} on that {@code show} marks, the others counted where they sit. */
    private static void selected(CodeWriter w, List<String> lines, int from, boolean[] show) {
        int skipped = 0;
        String indent = "";
        for (int i = 0; i < show.length; i++) {
            String l = lines.get(from + i);
            if (show[i]) {
                if (skipped > 0) {
                    w.line(indent + "# ... (" + skipped + (skipped == 1 ? " line" : " lines") + " as today)");
                    skipped = 0;
                }
                w.line(l);
            } else {
                if (skipped++ == 0) {
                    indent = l.substring(0, l.length() - l.stripLeading().length());
                }
            }
        }
    }

    /**
     * The call started under {@code taskSupervisor} with the same function: {@code Task.start_link(fn -> .. end)}
     * becomes {@code Task.Supervisor.start_child(Sup, fn -> .. end)}; null when it is not such a call or the
     * result does not parse.
     */
    static String supervised(String written, String taskSupervisor) {
        Matcher m = UNSUPERVISED.matcher(written);
        if (!m.find() || taskSupervisor == null) {
            return null;
        }
        // Task.async is awaited by its caller: its supervised form is Task.Supervisor.async, not start_child.
        String head = m.group(1).equals("Task.async") ? "Task.Supervisor.async(" : "Task.Supervisor.start_child(";
        String out = head + taskSupervisor + ", " + String.join("\n", lines(written)).substring(m.end());
        return Messages.parses(out) ? out : null;
    }

    /**
     * OTP009's change: the fields the closure reads bound before the call ({@code start_fn = state.start_fn}) and
     * read through those names inside it; null when the advice names no binding, the call does not use them as
     * written, or the result does not parse.
     */
    static String narrowed(String written, String advice) {
        Matcher b = BINDINGS.matcher(advice == null ? "" : advice);
        if (!b.find()) {
            return null;
        }
        Map<String, String> bind = new LinkedHashMap<>();
        Matcher one = BINDING.matcher(b.group(1));
        while (one.find()) {
            bind.put(one.group(2), one.group(1));
        }
        if (bind.isEmpty()) {
            return null;
        }
        String body = String.join("\n", lines(written));
        List<String> paths = new ArrayList<>(bind.keySet());
        paths.sort(Comparator.comparingInt(String::length).reversed());
        for (String path : paths) {
            String replaced = body.replaceAll("(?<![\\w.])" + Pattern.quote(path) + "(?![\\w?!])", bind.get(path));
            if (replaced.equals(body)) {
                return null;
            }
            body = replaced;
        }
        StringBuilder out = new StringBuilder();
        bind.forEach((path, var) -> out.append(var).append(" = ").append(path).append('\n'));
        out.append(body);
        return Messages.parses(out.toString()) ? out.toString() : null;
    }
}
