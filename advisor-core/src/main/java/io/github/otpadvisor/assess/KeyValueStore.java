package io.github.otpadvisor.assess;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StateOp;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Red flag 4, "Global cache GenServer": a singleton GenServer or Agent used as a key-value store. Every
 * handler (or Agent function) only gets, puts, updates or deletes keys of a map, or reads or replaces the
 * whole map, and at least one works on a key that comes from the caller. Not when reads already bypass
 * the process (ETS, {@code :persistent_term}). RULEBOOK §3 makes this the exact trigger of "ETS" in Q3,
 * so the recommendation and OTP004 are one judgement.
 *
 * @param reads  the read operations, worded for a message ({@code handle_call({:get, key}, ...) at line 14 only reads ...})
 * @param writes the other operations, worded alike (empty for an Agent, whose calls are all in {@code reads})
 */
public record KeyValueStore(List<String> reads, List<String> writes) {
    private static final Pattern MAP_KEY_OP = Pattern.compile(
            "\\b(?:Map|Keyword)\\.(get|fetch!?|has_key\\?|put|put_new|update!?|delete|pop|take|drop|replace!?)\\(");

    public KeyValueStore {
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
    }

    /** The store the module is, or null when it is not one. */
    public static KeyValueStore of(ProcessModule pm) {
        if (!Workers.analyzable(pm) || !pm.is(Property.SINGLETON) || pm.is(Property.PER_ENTITY)
                || !pm.is(Property.HOLDS_STATE) || !pm.is(Property.SIMPLE_GET_UPDATE)
                || !Workers.noQ4Reason(pm) || pm.is(Property.ISOLATION_NEED)
                || !Workers.ownedResources(pm).isEmpty() || bypassed(pm)) {
            return null;
        }
        return pm.abstraction() == Abstraction.GENSERVER ? genServer(pm) : agent(pm);
    }

    /** ETS or :persistent_term anywhere in the module: reads may already bypass the process. */
    private static boolean bypassed(ProcessModule pm) {
        return pm.facts().signals().stream().anyMatch(s -> s.kind() == Signal.Kind.ETS_ACCESS
                || s.kind() == Signal.Kind.ETS_NEW || s.kind() == Signal.Kind.PERSISTENT_TERM);
    }

    private static KeyValueStore genServer(ProcessModule pm) {
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        boolean runtimeKey = false;
        for (ClauseSummary c : Workers.operations(pm)) {
            String verb = null;
            for (StateOp o : c.stateOps()) {
                boolean mapOp = o.text() != null && MAP_KEY_OP.matcher(o.text()).find();
                if (mapOp && o.key() != null && !o.key().startsWith(":")) {
                    runtimeKey = true;
                }
                verb = switch (o.kind()) {
                    case GET -> verb == null ? "only reads " + keyOf(o) : verb;
                    case PUT -> "only puts " + keyOf(o);
                    case UPDATE -> "only updates " + keyOf(o);
                    case DELETE -> "only deletes " + keyOf(o);
                    case REPLACE -> "replaces the whole map";
                    case OTHER -> verb;
                };
            }
            if (verb == null) {
                verb = c.replyText() != null && c.stateVar() != null && c.replyText().equals(c.stateVar())
                        ? "returns the whole map" : "returns the state unchanged";
            }
            String item = c.head() + " at line " + c.location().line() + " " + verb;
            if (c.callback().equals("handle_call") && c.stateOps().stream().allMatch(o -> o.kind() == StateOp.Kind.GET)) {
                reads.add(item);
            } else {
                writes.add(item);
            }
        }
        return runtimeKey && !reads.isEmpty() ? new KeyValueStore(reads, writes) : null;
    }

    private static String keyOf(StateOp o) {
        if (o.kind() == StateOp.Kind.GET && o.key() == null) {
            return "the whole map";
        }
        return "one key (" + o.text() + ")";
    }

    private static KeyValueStore agent(ProcessModule pm) {
        boolean reads = false;
        boolean keyOps = false;
        List<String> items = new ArrayList<>();
        for (MessageSend s : Workers.agentCalls(pm)) {
            if (s.agentWork() != null && s.agentWork().readModifyWrite()) {
                return null; // a table would lose concurrent updates the Agent runs one at a time (console's Monitor)
            }
            if (MAP_KEY_OP.matcher(s.message() == null ? "" : s.message()).find()) {
                keyOps = true;
            }
            if (s.kind() == MessageSend.Kind.AGENT_GET) {
                reads = true;
            }
            items.add(s.kind().label() + "(" + s.message() + ") at line " + s.location().line());
        }
        return reads && keyOps ? new KeyValueStore(items, List.of()) : null;
    }
}
