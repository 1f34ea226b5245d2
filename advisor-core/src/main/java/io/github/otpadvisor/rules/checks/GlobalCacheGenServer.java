package io.github.otpadvisor.rules.checks;

import static io.github.otpadvisor.assess.Words.join;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.KeyValueStore;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;

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
     * RULEBOOK §3: a value written once at start-up and read by many fits {@code :persistent_term}. Said only on
     * evidence: a GenServer whose handlers all only read serves the map its {@code init/1} built. (An Agent's
     * writes are calls of its own functions, and calls within a module are not traced: nothing is said there.)
     */
    private static String writeOnce(ProcessModule pm, KeyValueStore store) {
        if (pm.abstraction() != Abstraction.GENSERVER || !store.writes().isEmpty() || pm.facts().init() == null) {
            return "";
        }
        return " Its handlers only read the map built by init/1 at line " + pm.facts().init().location().line()
                + ": a value written once at start-up and read by many fits :persistent_term even better"
                + " (:persistent_term.put/2 at start, :persistent_term.get/2 in the readers, no process at all).";
    }

    private static String singleton(ProcessModule pm) {
        List<Evidence> ev = pm.properties().evidence(Property.SINGLETON);
        return ev.isEmpty() ? "a singleton" : "a singleton (" + ev.get(0).text() + ", line " + ev.get(0).line() + ")";
    }
}
