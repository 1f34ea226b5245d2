package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.TodayCode.Handler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sketch says about code it cannot move: why, and today's handler quoted as it is written, so the reader
 * does the move knowingly instead of trusting an invented body. Also names the private helpers moved code calls.
 */
final class HandlerQuote {
    private HandlerQuote() {
    }

    /** A comment with the reason, then the handler as written (its head rebuilt, its body as in the file). */
    static void notMoved(CodeWriter w, String what, String why, Handler h) {
        FitsSketch.comment(w, what + " is not moved: " + why + " Today:");
        w.line("#   " + head(h) + (h.body() == null ? " do ... end" : " do"));
        if (h.body() != null) {
            for (String l : h.body().split("\n", -1)) {
                w.line(l.isBlank() ? "#" : "#     " + l);
            }
            w.line("#   end");
        }
    }

    /** {@code def handle_call({:get, key}, _from, state)} as the clause is written, as far as the facts tell. */
    static String head(Handler h) {
        String state = h.stateVar() != null ? h.stateVar() : "_state";
        String message = h.message() == null ? "message" : h.message();
        return switch (h.callback()) {
            case "handle_call" -> "def handle_call(" + message + ", _from, " + state + ")";
            default -> "def " + h.callback() + "(" + message + ", " + state + ")";
        };
    }

    /** The clauses of {@code callback} for the operation's tag. */
    static List<Handler> clauses(TodayCode code, String callback, String tag) {
        List<Handler> out = new ArrayList<>();
        for (Handler h : code.handlers()) {
            if (h.callback().equals(callback) && h.tag().equals(tag)) {
                out.add(h);
            }
        }
        return out;
    }

    /** The module's private functions that {@code code} calls ({@code name(..)}, {@code &name/2}). */
    static Set<String> helpers(TodayCode today, String code) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : today.privates()) {
            String name = key.substring(0, key.lastIndexOf('/'));
            Pattern call = Pattern.compile("(?<![\\w.:@])" + Pattern.quote(name) + "(\\(|/\\d)");
            if (call.matcher(code).find()) {
                out.add(key);
            }
        }
        out.addAll(attributes(code));
        return out;
    }

    /** Attributes the sketches define themselves. */
    private static final Set<String> OWN_ATTRIBUTES = Set.of("table", "impl", "interval", "idle_timeout",
            "supervisor", "registry", "moduledoc", "doc");
    static final Pattern ATTRIBUTE = Pattern.compile("(?<![\\w@])@([a-z_][A-Za-z0-9_]*)");

    /** The module attributes {@code code} reads ({@code @default_size}), not those the sketch defines. */
    static Set<String> attributes(String code) {
        Set<String> out = new LinkedHashSet<>();
        var m = ATTRIBUTE.matcher(code);
        while (m.find()) {
            if (!OWN_ATTRIBUTES.contains(m.group(1))) {
                out.add("@" + m.group(1));
            }
        }
        return out;
    }

    /** Names the private helpers (and module attributes) moved code still uses: they stay as they are. */
    static void helpersStay(CodeWriter w, Set<String> helpers) {
        if (!helpers.isEmpty()) {
            w.blank();
            List<String> named = helpers.stream().map(k -> k.startsWith("@") ? k : "defp " + k).toList();
            FitsSketch.comment(w, "What the moved code uses stays as it is: " + String.join(", ", named) + ".");
        }
    }
}
