package io.github.otpadvisor.assess;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Questions about a worker module's shape that both the assessment and the rules ask. */
public final class Workers {
    /** {@code use} of modules that inject no callbacks; any other {@code use} may define handlers we cannot see. */
    private static final Set<String> PLAIN_USES = Set.of("GenServer", "Agent", "Task", "Bitwise");

    private Workers() {
    }

    /** A production GenServer or Agent whose callbacks we can all see. */
    public static boolean analyzable(ProcessModule pm) {
        Abstraction a = pm.abstraction();
        return !pm.test() && (a == Abstraction.GENSERVER || a == Abstraction.AGENT)
                && pm.facts().uses().stream().allMatch(PLAIN_USES::contains);
    }

    /** No timers, monitors, links, handle_info work (none of the decision's Q4 reasons). */
    public static boolean noQ4Reason(ProcessModule pm) {
        return !pm.is(Property.TIMEOUTS) && !pm.is(Property.MONITORS_LINKS) && !pm.is(Property.HANDLES_INFO);
    }

    /** Resources whose lifetime is the process's: owned ETS tables, ports, sockets, trapped exits. */
    public static List<Evidence> ownedResources(ProcessModule pm) {
        List<Evidence> out = new ArrayList<>();
        pm.ownedTables().forEach(t -> out.add(Evidence.at(t.location(), "owns ETS table " + t.name())));
        for (Signal s : pm.facts().signals()) {
            switch (s.kind()) {
                case TRAP_EXIT, PORT, SOCKET, ETS_NEW -> out.add(Evidence.at(s.location(), s.text()));
                default -> {
                }
            }
        }
        return out;
    }

    /** The call/cast handler clauses. */
    public static List<ClauseSummary> operations(ProcessModule pm) {
        return pm.facts().clauses().stream()
                .filter(c -> c.callback().equals("handle_call") || c.callback().equals("handle_cast")).toList();
    }

    /** The Agent calls aimed at the module by name. */
    public static List<MessageSend> agentCalls(ProcessModule pm) {
        return pm.sendsToIt().stream().filter(s -> s.kind().agent()).toList();
    }
}
