package io.github.otpadvisor.rules.checks;

import static io.github.otpadvisor.rules.checks.ProcessRuleSupport.join;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StateOp;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * OTP004: a singleton GenServer or Agent used as a key-value store: every handler (or Agent function)
 * only gets, puts, updates or deletes keys of a map, or reads or replaces the whole map; at least one
 * of them works on a key that comes from the caller. Not when reads bypass the process (ETS,
 * {@code :persistent_term}): those make the handlers more than get/update. See {@code OTP004.md}.
 */
@RuleInfo(id = "OTP004", name = "global-cache-genserver", severity = Severity.ERROR,
        summary = "A singleton GenServer or Agent used as a key-value store: ETS serves many readers without a mailbox.")
public final class GlobalCacheGenServer implements Rule {
    private static final java.util.regex.Pattern MAP_KEY_OP = java.util.regex.Pattern.compile(
            "\\b(?:Map|Keyword)\\.(get|fetch!?|has_key\\?|put|put_new|update!?|delete|pop|take|drop|replace!?)\\(");

    @Override
    public List<Finding> check(ProjectFacts project) {
        List<Finding> out = new ArrayList<>();
        for (ProcessModule pm : project.processModules()) {
            if (!ProcessRuleSupport.analyzableWorker(pm) || !pm.is(Property.SINGLETON) || pm.is(Property.PER_ENTITY)
                    || !pm.is(Property.HOLDS_STATE) || !pm.is(Property.SIMPLE_GET_UPDATE)
                    || !ProcessRuleSupport.noQ4Reason(pm) || pm.is(Property.ISOLATION_NEED)
                    || !ProcessRuleSupport.ownedResources(pm).isEmpty() || bypassed(pm)) {
                continue;
            }
            String message = pm.abstraction() == Abstraction.GENSERVER ? genServer(pm) : agent(pm);
            if (message != null) {
                out.add(ProcessRuleSupport.atDeclaration(this, pm, message, Pattern.ETS));
            }
        }
        return out;
    }

    /** ETS or :persistent_term anywhere in the module: reads may already bypass the process. */
    private static boolean bypassed(ProcessModule pm) {
        return pm.facts().signals().stream().anyMatch(s -> s.kind() == Signal.Kind.ETS_ACCESS
                || s.kind() == Signal.Kind.ETS_NEW || s.kind() == Signal.Kind.PERSISTENT_TERM);
    }

    private static String singleton(ProcessModule pm) {
        List<Evidence> ev = pm.properties().evidence(Property.SINGLETON);
        return ev.isEmpty() ? "a singleton" : "a singleton (" + ev.get(0).text() + ", line " + ev.get(0).line() + ")";
    }

    private static String genServer(ProcessModule pm) {
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        boolean runtimeKey = false;
        for (ClauseSummary c : ProcessRuleSupport.operations(pm)) {
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
        if (!runtimeKey || reads.isEmpty()) {
            return null;
        }
        return pm.name() + " is " + singleton(pm) + " GenServer used as a key-value store: " + join(reads, 3)
                + (writes.isEmpty() ? "" : ", and " + join(writes, 3)) + ". Every read in the system waits in this "
                + "one mailbox and copies the value out of its heap. Keep the data in a named ETS table "
                + "(read_concurrency: true) created by a small supervised owner, and read it with :ets.lookup/2 "
                + "directly in the callers; write to it directly or through the owner when writes must be serialized.";
    }

    private static String keyOf(StateOp o) {
        if (o.kind() == StateOp.Kind.GET && o.key() == null) {
            return "the whole map";
        }
        return "one key (" + o.text() + ")";
    }

    private static String agent(ProcessModule pm) {
        List<MessageSend> calls = ProcessRuleSupport.agentCalls(pm);
        boolean reads = false;
        boolean keyOps = false;
        List<String> items = new ArrayList<>();
        for (MessageSend s : calls) {
            Matcher m = MAP_KEY_OP.matcher(s.message() == null ? "" : s.message());
            if (m.find()) {
                keyOps = true;
            }
            if (s.kind() == MessageSend.Kind.AGENT_GET) {
                reads = true;
            }
            items.add(s.kind().label() + "(" + s.message() + ") at line " + s.location().line());
        }
        if (!reads || !keyOps) {
            return null;
        }
        return pm.name() + " is " + singleton(pm) + " Agent used as a key-value store: " + join(items, 4)
                + " only get, put or delete keys of its map. Every read in the system waits in this one mailbox "
                + "and copies the value out of its heap. Keep the data in a named ETS table (read_concurrency: "
                + "true) created by a small supervised owner, and read it with :ets.lookup/2 directly in the callers.";
    }
}
