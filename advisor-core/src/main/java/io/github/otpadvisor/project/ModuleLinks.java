package io.github.otpadvisor.project;

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
 * What the rest of the project says about one process module: the input of {@link PropertyInference}.
 * See {@link ProcessModule} for the fields; {@code bootOnceStarts} are the {@code start_child} calls that run
 * only at start-up with a fixed child (the module is then a singleton, not a dynamic child);
 * {@code processCallerModules} are the caller modules whose calls reach its process ({@link ProcessCallers}).
 */
public record ModuleLinks(ModuleFacts facts, String file, String app, boolean test, List<StartSite> startSites,
                   List<SupervisedBy> supervisedBy, List<StartSite> dynamicStarts, List<Evidence> requestPathStarts,
                   List<MessageSend> sendsToIt, List<RemoteCall> callers, Set<String> callerModules,
                   List<NameRef> names, List<EtsTable> ownedTables, List<StartSite> bootOnceStarts,
                   Set<String> processCallerModules) {
    public ModuleLinks {
        bootOnceStarts = bootOnceStarts == null ? List.of() : List.copyOf(bootOnceStarts);
        // unknown: every caller module counts, as before this was told apart
        processCallerModules = processCallerModules == null ? Set.copyOf(callerModules)
                : Set.copyOf(processCallerModules);
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

    /** Without {@link #bootOnceStarts}. */
    public ModuleLinks(ModuleFacts facts, String file, String app, boolean test, List<StartSite> startSites,
                       List<SupervisedBy> supervisedBy, List<StartSite> dynamicStarts, List<Evidence> requestPathStarts,
                       List<MessageSend> sendsToIt, List<RemoteCall> callers, Set<String> callerModules,
                       List<NameRef> names, List<EtsTable> ownedTables) {
        this(facts, file, app, test, startSites, supervisedBy, dynamicStarts, requestPathStarts, sendsToIt, callers,
                callerModules, names, ownedTables, List.of(), null);
    }

    public String name() {
        return facts.name();
    }

    /** The process module these links and its inferred properties make. */
    ProcessModule with(RuntimeProperties properties) {
        return new ProcessModule(this, properties);
    }
}
