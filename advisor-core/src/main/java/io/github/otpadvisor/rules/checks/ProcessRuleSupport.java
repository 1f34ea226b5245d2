package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Shared by the module-level rules OTP001-OTP004 and OTP006: where to report and how to word evidence. */
final class ProcessRuleSupport {
    /** {@code use} of modules that inject no callbacks; any other {@code use} may define handlers we cannot see. */
    private static final Set<String> PLAIN_USES = Set.of("GenServer", "Agent", "Task", "Bitwise");

    private ProcessRuleSupport() {
    }

    /** A finding on the module's behaviour declaration ({@code use GenServer} / {@code @behaviour}). */
    static Finding atDeclaration(Rule rule, ProcessModule pm, String message, Pattern pattern) {
        Evidence decl = pm.facts().abstractionEvidence();
        Location where = decl != null ? decl.location() : pm.facts().location();
        return at(rule, pm.file(), where, pm.name(), message, pattern);
    }

    static Finding at(Rule rule, String file, Location where, String module, String message, Pattern pattern) {
        return new Finding(rule.info().id(), rule.info().severity(), file, where.line(), where.column(), module,
                message, pattern);
    }

    /** A production GenServer or Agent whose callbacks we can all see. */
    static boolean analyzableWorker(ProcessModule pm) {
        Abstraction a = pm.abstraction();
        return !pm.test() && (a == Abstraction.GENSERVER || a == Abstraction.AGENT)
                && pm.facts().uses().stream().allMatch(PLAIN_USES::contains);
    }

    /** No timers, monitors, links, handle_info work (none of the decision's Q4 reasons). */
    static boolean noQ4Reason(ProcessModule pm) {
        return !pm.is(Property.TIMEOUTS) && !pm.is(Property.MONITORS_LINKS) && !pm.is(Property.HANDLES_INFO);
    }

    /** Resources whose lifetime is the process's: owned ETS tables, ports, sockets, trapped exits. */
    static List<Evidence> ownedResources(ProcessModule pm) {
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
    static List<ClauseSummary> operations(ProcessModule pm) {
        return pm.facts().clauses().stream()
                .filter(c -> c.callback().equals("handle_call") || c.callback().equals("handle_cast")).toList();
    }

    /** The Agent calls aimed at the module by name. */
    static List<MessageSend> agentCalls(ProcessModule pm) {
        return pm.sendsToIt().stream().filter(s -> s.kind().agent()).toList();
    }

    /** {@code handle_call({:get, key}, ...) at line 14}. */
    static String clauseAt(ClauseSummary c) {
        return c.head() + " at line " + c.location().line();
    }

    /** {@code Agent.update at line 9}. */
    static String sendAt(MessageSend s) {
        return s.kind().label() + " at line " + s.location().line();
    }

    /** Up to {@code max} items joined with "; ", then "and N more". */
    static String join(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, max)) + "; and " + (items.size() - max) + " more";
    }

    /** An evidence text with its line: {@code "line 12: text"}. */
    static String withLine(Evidence e) {
        return "line " + e.line() + ": " + e.text();
    }
}
