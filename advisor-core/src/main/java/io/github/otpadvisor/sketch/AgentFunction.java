package io.github.otpadvisor.sketch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The function an Agent call runs, read as its state variable and its body: {@code fn state -> ... end}, or a
 * capture {@code &Map.get(&1, :k)} (its state is then {@code state}). What the Agent rewrites move into a handler
 * or into table operations.
 */
record AgentFunction(String stateVar, String body) {
    /** Today's {@code Agent.start_link(fn -> STATE end, ...)}: group 1 is the start function's body. */
    static final Pattern START = Pattern.compile("Agent\\.start_link\\(fn -> (.+?) end, ");
    private static final Pattern FN = Pattern.compile("(?s)^fn\\s+([a-z_][A-Za-z0-9_]*)\\s*->\\s*(.*?)\\s*end$");

    /** The function's state variable and body, or null for another shape (several clauses, a named function). */
    static AgentFunction of(String fn) {
        if (fn.startsWith("&") && !fn.matches("(?s).*&[2-9].*") && !fn.contains("/")) {
            return new AgentFunction("state", MovedBody.capture(fn));
        }
        Matcher m = FN.matcher(fn);
        return m.find() ? new AgentFunction(m.group(1), MovedBody.dedent(m.group(2))) : null;
    }
}
