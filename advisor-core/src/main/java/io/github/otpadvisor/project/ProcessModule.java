package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.StartSite;
import java.util.List;
import java.util.Set;

/**
 * A process module with everything the project says about it (pass two).
 *
 * @param facts          its own facts
 * @param file           its file, relative to the scan root
 * @param app            its OTP application, or null
 * @param test           defined under {@code test/}
 * @param startSites     calls anywhere that start it (not counting {@code DynamicSupervisor.start_child})
 * @param supervisedBy   children lists that name it
 * @param dynamicStarts  {@code DynamicSupervisor.start_child} calls that start it
 * @param requestPathStarts of those, the ones reached from request or message handling, with the path
 * @param sendsToIt      calls and messages aimed at it by name (from anywhere, itself included)
 * @param callers        calls to its functions from other modules
 * @param callerModules  the other modules (outside test/) that call its functions or message it by name
 * @param names          the names it is registered under
 * @param ownedTables    ETS tables created in its code
 * @param properties     its runtime properties with evidence
 */
public record ProcessModule(ModuleFacts facts, String file, String app, boolean test, List<StartSite> startSites,
                            List<SupervisedBy> supervisedBy, List<StartSite> dynamicStarts,
                            List<Evidence> requestPathStarts, List<MessageSend> sendsToIt, List<RemoteCall> callers,
                            Set<String> callerModules, List<NameRef> names, List<EtsTable> ownedTables,
                            RuntimeProperties properties) {
    public ProcessModule {
        startSites = List.copyOf(startSites);
        supervisedBy = List.copyOf(supervisedBy);
        dynamicStarts = List.copyOf(dynamicStarts);
        requestPathStarts = List.copyOf(requestPathStarts);
        sendsToIt = List.copyOf(sendsToIt);
        callers = List.copyOf(callers);
        callerModules = Set.copyOf(callerModules);
        names = List.copyOf(names);
        ownedTables = List.copyOf(ownedTables);
    }

    public String name() {
        return facts.name();
    }

    public Abstraction abstraction() {
        return facts.abstraction();
    }

    public boolean is(Property p) {
        return properties.is(p);
    }

    /** Some children list, start_child call or start site refers to it. */
    public boolean referenced() {
        return !supervisedBy.isEmpty() || !dynamicStarts.isEmpty() || !startSites.isEmpty();
    }
}
