package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ConfiguredStarts;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.Optional;

/**
 * A process module a config file names and that may be the child a {@code start_child} with a spec computed at run
 * time starts (ewallet's {@code EthGethAdapter.Worker}: {@code adapters: [{:geth, EthGethAdapter.Worker}]}, started
 * per request by {@code EthBlockchain.Adapter}, which then calls the pid it gets and stops it). Such a module is a
 * plug-in: the caller that starts it holds its pid and talks to it as a process, so its process is that caller's
 * contract, not a choice the module's own code shows. Plain functions would break the caller: it keeps its form.
 */
final class ConfiguredPlugin {
    private ConfiguredPlugin() {
    }

    /**
     * The start that may be its own, when the module is such a plug-in (a process today), else empty. A plug-in
     * answers calls or casts its own functions never send: a protocol its caller speaks on the pid
     * (EthGethAdapter.Worker's {@code {:get_balances, ...}}). A module the configuration only configures
     * ({@code config :indexer, Indexer.Fetcher.Optimism, ...}) in a project with some computed start is not one.
     */
    static Optional<StartSite> start(ProcessModule m, ProjectFacts project) {
        if (project == null || !m.abstraction().isProcess() || m.abstraction().isSupervisor()) {
            return Optional.empty();
        }
        Optional<StartSite> start = project.configuredStart(m.name());
        return start.isPresent() && answersOthers(m, project) ? start : Optional.empty();
    }

    /** A call or cast clause whose tag no function of the module sends: only another module's code reaches it. */
    private static boolean answersOthers(ProcessModule m, ProjectFacts project) {
        java.util.Set<String> own = new java.util.HashSet<>();
        project.sends().stream().filter(s -> m.name().equals(s.module()) && s.messageTag() != null)
                .forEach(s -> own.add(s.messageTag()));
        return m.facts().clauses().stream().anyMatch(c -> (c.callback().equals("handle_call")
                || c.callback().equals("handle_cast")) && c.messageTag() != null && !own.contains(c.messageTag()));
    }

    static Decision keep(Decision d, Pattern today, ProcessModule m, ProjectFacts project) {
        if (d.processNeeded() && d.abstraction() == today) {
            return d;
        }
        return start(m, project).map(s -> new Decision(true, today, null, d.decidedBy(), "Its process stays: a"
                + " config file names it, and " + ConfiguredStarts.words(s) + " starts a child whose spec is computed"
                + " at run time, which may be it. A module started that way is a plug-in: the caller"
                + " holds the pid it gets and talks to it as a process, so that caller's contract, not this module's"
                + " code, decides that it is one; " + (d.processNeeded() ? "another abstraction" : "plain functions")
                + " would break it. It keeps its form.")).orElse(d);
    }
}
