package io.github.otpadvisor.rules.checks;

import static io.github.otpadvisor.assess.Words.join;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.KeyValueStore;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.assess.Workers;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OTP004: a singleton GenServer or Agent used as a key-value store ({@link KeyValueStore}, the same
 * judgement that makes its assessment recommend ETS). See {@code OTP004.md}.
 */
@RuleInfo(id = "OTP004", name = "global-cache-genserver", severity = Severity.ERROR,
        summary = "A singleton GenServer or Agent used as a key-value store: ETS serves many readers without a mailbox.")
public final class GlobalCacheGenServer implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (Assessment a : context.assessments().all()) {
            a.store().ifPresent(store -> out.add(ProcessRuleSupport.atDeclaration(this, a,
                    message(a, store) + writeOnce(a.module(), store))));
        }
        return out;
    }

    private static String message(Assessment a, KeyValueStore store) {
        ProcessModule pm = a.module();
        if (pm.abstraction() == Abstraction.AGENT) {
            return pm.name() + " is " + singleton(pm) + " Agent used as a key-value store: " + join(store.reads(), 4)
                    + " only get, put or delete keys of its map. Every read in the system waits in this one mailbox "
                    + "and copies the value out of its heap. Keep the data in a named ETS table (read_concurrency: "
                    + "true) created by a small supervised owner, and read it with :ets.lookup/2 directly in the callers.";
        }
        return pm.name() + " is " + singleton(pm) + " GenServer used as a key-value store: " + join(store.reads(), 3)
                + (store.writes().isEmpty() ? "" : ", and " + join(store.writes(), 3)) + ". Every read in the system "
                + "waits in this one mailbox and copies the value out of its heap. Keep the data in a named ETS table "
                + "(read_concurrency: true) created by a small supervised owner, and read it with :ets.lookup/2 "
                + "directly in the callers; write to it directly or through the owner when writes must be serialized.";
    }

    /**
     * RULEBOOK §3: a value written once at start-up and read by many fits {@code :persistent_term}. A GenServer
     * whose handlers only read serves the map {@code init/1} built: said plainly. An Agent whose writes all sit
     * in its own functions that no other module calls may be written only while it starts (bors-ng's
     * {@code BorsNG.Attrs}): said as a condition, since calls within the module are not traced.
     */
    private static String writeOnce(ProcessModule pm, KeyValueStore store) {
        String fits = "fits :persistent_term even better (:persistent_term.put/2 at start, :persistent_term.get/2 in"
                + " the readers, no process at all).";
        if (pm.abstraction() == Abstraction.GENSERVER) {
            return store.writes().isEmpty() && pm.facts().init() != null
                    ? " Its handlers only read the map built by init/1 at line " + pm.facts().init().location().line()
                    + ": a value written once at start-up and read by many " + fits : "";
        }
        List<MessageSend> writes = Workers.agentCalls(pm).stream().filter(w -> w.kind() != MessageSend.Kind.AGENT_GET)
                .toList();
        Set<String> outside = new LinkedHashSet<>();
        pm.callers().stream().filter(c -> !c.inTest()).forEach(c -> outside.add(c.function() + "/" + c.arity()));
        Set<String> writers = new LinkedHashSet<>();
        for (MessageSend w : writes) {
            if (!pm.name().equals(w.module()) || w.function() == null || outside.contains(w.function())) {
                return "";
            }
            writers.add(pm.name() + "." + w.function());
        }
        return writers.isEmpty() ? "" : " No other module calls its writers (" + String.join(", ", writers)
                + "): if they run only while it starts, the value is written once and " + fits;
    }

    private static String singleton(ProcessModule pm) {
        List<Evidence> ev = pm.properties().evidence(Property.SINGLETON);
        return ev.isEmpty() ? "a singleton" : "a singleton (" + ev.get(0).text() + ", line " + ev.get(0).line() + ")";
    }
}
