package io.github.otpadvisor.report.model;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.ReturnShape;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A handle_call that hands out a counter and bumps it ({@code {:reply, state.next_id, %{state | next_id:
 * state.next_id + 1}}}): after a restart from a literal the counter starts over, so values handed out before the
 * crash are handed out again (teiserver's LobbyIdServer: duplicate lobby ids). "State lost" says that consequence
 * with the clause, instead of leaving it to the reader.
 */
record CounterReset(String field, Location where) {
    private static final Pattern BUMP = Pattern.compile(
            "(?s)^\\{:reply,\\s*(\\w+)\\.(\\w+)\\s*,.*\\b\\2:\\s*\\1\\.\\2\\s*\\+\\s*\\d+.*\\}$");

    /** The first such clause of the module, or null. */
    static CounterReset of(ModuleFacts f) {
        for (ClauseSummary c : f.clauses()) {
            if (!c.callback().equals("handle_call")) {
                continue;
            }
            for (ReturnShape r : c.returns()) {
                Matcher m = r.text() == null ? null : BUMP.matcher(r.text().strip());
                if (m != null && m.matches()) {
                    return new CounterReset(m.group(2), r.location() != null ? r.location() : c.location());
                }
            }
        }
        return null;
    }

    /** The sentence for "State lost". */
    String sentence() {
        return " It hands out " + field + " and counts it up (" + where.file() + ":" + where.line() + "): after a "
                + "restart " + field + " starts over, so values handed out before the crash are handed out again "
                + "(duplicates, if callers use them as ids).";
    }
}
