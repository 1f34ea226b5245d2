package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ApiFunction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Public functions that send the process nothing themselves but call a private helper that does (lambda's
 * {@code Store.Db}: {@code put/2} runs {@code Exleveldb.put(ref(), ..)} and {@code defp ref/0} does
 * {@code GenServer.call(__MODULE__, :get_ref)}). Where the sketch's process takes no such message, keeping them
 * "unchanged" would make every call fail: they and the helper are named as still to move, never as unchanged.
 */
final class HelperSends {
    private HelperSends() {
    }

    /** The plain operations of {@code p} that reach the process through a private helper; empty when the process stays. */
    static List<String> publics(SketchPlan p) {
        List<String> out = new ArrayList<>();
        if (p.keepsCallbacks) {
            return out;
        }
        for (String key : p.plainOps) {
            if (p.code.api().stream().anyMatch(a -> a.key().equals(key) && a.messages() && !throughRewritten(p, a))) {
                out.add(key);
            }
        }
        return out;
    }

    private static final Pattern DIRECT_SEND = Pattern.compile(
            "\\b(?:GenServer|:gen_server|GenStateMachine|:gen_statem|Agent)\\.[a-z_]+\\(|(?<![\\w.:@])send\\((?!\\s*self\\(\\))"); // a send to self() goes to the caller

    /**
     * It sends nothing itself and calls an operation the sketch rewrites (wocky's {@code push/1} records through
     * {@code record_notification/2}, {@code wait_notifications/1} lists through {@code list_notifications/1}): it
     * reaches the new process through that function and stays as it is.
     */
    static boolean throughRewritten(SketchPlan p, ApiFunction f) {
        if (f.clauses().isEmpty() || f.clauses().stream().anyMatch(c -> c.body() != null
                && DIRECT_SEND.matcher(c.body()).find())) {
            return false;
        }
        for (SketchPlan.Op op : p.ops) {
            if (KeptFunctions.kept(p, op) || (op.name() + "/" + op.arity()).equals(f.key())) {
                continue;
            }
            Pattern call = Pattern.compile("(?<![\\w.:@])" + Pattern.quote(op.name()) + "\\(");
            if (f.clauses().stream().anyMatch(c -> c.body() != null && call.matcher(c.body()).find())) {
                return true;
            }
        }
        return false;
    }

    /** The private functions those call, {@code name/arity}: the helpers that message the process. */
    static Set<String> helpers(SketchPlan p) {
        Set<String> out = new LinkedHashSet<>();
        List<String> senders = publics(p);
        for (ApiFunction a : p.code.api()) {
            if (!senders.contains(a.key())) {
                continue;
            }
            for (String key : p.code.privates()) {
                String name = key.substring(0, key.lastIndexOf('/'));
                Pattern call = Pattern.compile("(?<![\\w.:@])" + Pattern.quote(name) + "\\(");
                if (a.clauses().stream().anyMatch(c -> c.body() != null && call.matcher(c.body()).find())) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    /** The sentence naming them, or null when there are none. */
    static String sentence(SketchPlan p) {
        List<String> senders = publics(p);
        if (senders.isEmpty()) {
            return null;
        }
        Set<String> helpers = helpers(p);
        String named = String.join(", ", helpers.stream().map(h -> "defp " + h).toList());
        String via = helpers.isEmpty() ? "a private helper they call" : named;
        String them = String.join(", ", senders);
        String it = helpers.isEmpty() ? "that helper" : named;
        return "Still to move: " + them + " message the process through " + via + ", which the process this sketch"
                + " writes no longer answers: every call of " + them + " fails once this is applied. Either " + it
                + " gets what it asks the process for without the process (put in :persistent_term by init/1 and read there, when any"
                + " process may use it), or the process keeps the clause that answers it.";
    }
}
