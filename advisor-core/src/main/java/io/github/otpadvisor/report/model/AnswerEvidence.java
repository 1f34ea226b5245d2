package io.github.otpadvisor.report.model;

import io.github.otpadvisor.assess.ServerWork;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.Property;
import java.util.List;

/**
 * What a module's "yes" to Q4 (timeouts, monitors or handle_info) rests on, in the order the answer reads the
 * properties (FactsToAnswers): a timer or timeout, a monitor or link, a message it handles, an owned resource
 * (not for an Agent), the purpose it is kept for (a start-up step, serialized I/O, remote-node work), an Agent's
 * server work. The report prints it next to the answer, so a yes is never a bare
 * claim the reader cannot check.
 */
final class AnswerEvidence {
    /**
     * What a yes that rests on something other than Q4's three says first: "none of those" read as a "no" beside the
     * yes (two readers of dara-dots' queues called the answer contradictory).
     */
    private static final String NONE = "no timeout, monitor or message of its own";

    private AnswerEvidence() {
    }

    /** The first observation behind Q4's yes, or null when none is recorded. */
    static Evidence q4(ProcessModule m) {
        List<Property> order = m.abstraction() == Abstraction.AGENT
                ? List.of(Property.TIMEOUTS, Property.MONITORS_LINKS, Property.HANDLES_INFO)
                : List.of(Property.TIMEOUTS, Property.MONITORS_LINKS, Property.HANDLES_INFO, Property.ISOLATION_NEED);
        for (Property p : order) {
            if (m.is(p) && !m.properties().evidence(p).isEmpty()) {
                Evidence e = m.properties().evidence(p).get(0);
                // a table it owns is no timeout, monitor or message: the yes is the framework's count for it
                return p == Property.ISOLATION_NEED ? new Evidence(e.file(), e.line(), e.column(), NONE
                        + "; yes because it needs a process of its own: it " + e.text()) : e;
            }
        }
        // a process kept for its purpose answers Q4 yes for it (assess.Purpose): that purpose is what it rests on
        for (Property p : List.of(Property.STARTUP_STEP, Property.SERIALIZED_IO, Property.REMOTE_NODE_WORK)) {
            if (m.is(p) && !m.properties().evidence(p).isEmpty()) {
                Evidence e = m.properties().evidence(p).get(0);
                return new Evidence(e.file(), e.line(), e.column(), NONE + "; yes for the purpose it is"
                        + " kept for, " + m.properties().purposeLabel(p) + ": " + e.text());
            }
        }
        ServerWork work = ServerWork.of(m);
        return work == null || work.work().isEmpty() ? null
                : Evidence.at(m.facts().location(), work.work().get(0));
    }
}
