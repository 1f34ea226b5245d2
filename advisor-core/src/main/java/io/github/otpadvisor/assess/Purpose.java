package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.project.RuntimeProperties;
import java.util.List;

/**
 * The refinements that come before the questions (RULEBOOK §3), read from the purpose idioms of §2: a start-up
 * step keeps its form; serialized I/O on a shared resource is a GenServer, not an Agent; remote-node work is not
 * pure computation; a write-once value read by many is ETS (and {@code :persistent_term} fits it); dev/test-only
 * and short-lived code needs no place in the supervision tree. The purpose adjusts the answers and words the
 * rationale; the questions still decide, so the recommendation, the verdict and the rules stay one judgement.
 */
final class Purpose {
    /** DecisionModel's Q4 sentence for a GenServer. */
    private static final String Q4_SENTENCE = "State with timeouts, monitors or messages to handle: a GenServer.";

    private Purpose() {
    }

    /**
     * A process kept for its purpose, whatever the shape of its state: a start-up step, serialized I/O, remote-node
     * work. Red flags 1 and 2 (stateless process, pure computation) do not apply to it.
     */
    static boolean keepsProcess(RuntimeProperties p) {
        return p.is(Property.STARTUP_STEP) || p.is(Property.SERIALIZED_IO) || p.is(Property.REMOTE_NODE_WORK);
    }

    /**
     * The purpose {@link #answers} answers the questions for, given the answers the facts give ({@code base}), when
     * the process is kept: the one the rationale names; empty when the questions decide on the facts.
     */
    static java.util.Optional<Property> answering(RuntimeProperties p, Answers base, boolean processNeeded) {
        if (!processNeeded || !applies(p, base)) {
            return java.util.Optional.empty();
        }
        return java.util.stream.Stream.of(Property.STARTUP_STEP, Property.SERIALIZED_IO, Property.REMOTE_NODE_WORK)
                .filter(p::is).findFirst();
    }

    /**
     * A purpose that keeps the process answers the questions. Remote-node work only answers Q1 "pure computation?":
     * a stateful process is judged by its state as usual.
     */
    private static boolean applies(RuntimeProperties p, Answers a) {
        boolean remoteOnly = p.is(Property.REMOTE_NODE_WORK) && !p.is(Property.STARTUP_STEP)
                && !p.is(Property.SERIALIZED_IO);
        return keepsProcess(p) && (!remoteOnly || a.stateless() || !a.stateBetweenOps());
    }

    /** The answers with the purpose applied: Q1-Q4 answered for what the process is for. */
    static Answers answers(RuntimeProperties p, Answers a) {
        if (applies(p, a)) {
            // its mailbox or its registration is the point: not stateless, and a GenServer's job (Q4)
            return new Answers(false, true, a.oneOffAsync(), false, false, true, a.dynamicChildren(),
                    a.supervisorBottleneck());
        }
        if (p.is(Property.WRITE_ONCE)) {
            return new Answers(false, true, false, true, true, false, a.dynamicChildren(), a.supervisorBottleneck());
        }
        return a;
    }

    /**
     * The decision with the purpose said first in its rationale when the purpose changed the answers
     * ({@code base} are the answers without it); short-lived code gets no supervision.
     */
    static Decision decision(RuntimeProperties p, Answers base, Answers applied, Decision d) {
        String why = null;
        if (base.equals(applied) && !p.is(Property.WRITE_ONCE) && !keepsProcess(p)) {
            why = null; // a write-once value is worth the :persistent_term remark even when ETS was decided anyway
        } else if (p.is(Property.STARTUP_STEP)) {
            why = "A start-up step (" + first(p, Property.STARTUP_STEP) + "): it keeps its form and its place in the "
                    + "children list, where its supervisor starts it in order.";
        } else if (p.backgroundQueue()) {
            // the label leads the sentence: its evidence need not say it again inside the parentheses
            why = "It is " + Property.BACKGROUND_QUEUE + " (" + first(p, Property.SERIALIZED_IO)
                    .replace(Property.BACKGROUND_QUEUE_WHY, "") + "): its casts hand"
                    + " the work off the callers' path, so it stays a GenServer; an Agent or plain functions would put"
                    + " that work back on its callers.";
        } else if (p.is(Property.SERIALIZED_IO)) {
            why = "It serializes I/O on a shared resource (" + first(p, Property.SERIALIZED_IO) + "): one process "
                    + "owning the resource, its mailbox ordering the writes, is the point, so it stays a GenServer, "
                    + "not an Agent or plain functions.";
        } else if (p.is(Property.REMOTE_NODE_WORK)) {
            why = "It runs work for or on other nodes (" + first(p, Property.REMOTE_NODE_WORK) + "): a registered "
                    + "process is what the other node reaches, so its handlers are not pure computation to inline.";
        } else if (p.is(Property.WRITE_ONCE)) {
            why = "A write-once value, set once at start-up and only read afterwards (" + first(p, Property.WRITE_ONCE)
                    + "): readers need no process in between; :persistent_term fits write-once data (reads copy "
                    + "nothing, a rare write is global), an ETS table with read_concurrency when it changes.";
        }
        if (why == null && tablesOnly(p) && d.rationale().startsWith(Q4_SENTENCE)) {
            // an ETS table's life is its owner's: the process is there so the table is
            return new Decision(d.processNeeded(), d.abstraction(), d.placement(), d.decidedBy(),
                    "It " + first(p, Property.ISOLATION_NEED) + ": a table lives as"
                            + " long as the process that owns it, so a long-lived process holds it while its callers"
                            + " read and write the table directly. That is a GenServer's job, though it sets no"
                            + " timeout or monitor and handles no message of its own."
                            + d.rationale().substring(Q4_SENTENCE.length()));
        }
        if (why == null && isolationOnly(p) && d.rationale().startsWith(Q4_SENTENCE)) {
            // Q4 said yes for the isolation need alone: "state with timeouts" would describe another module
            return new Decision(d.processNeeded(), d.abstraction(), d.placement(), d.decidedBy(),
                    (p.is(Property.HOLDS_STATE) ? "It keeps state beyond a simple get/update, and " : "It keeps no "
                            + "state, but ") + first(p, Property.ISOLATION_NEED) + ": a process that runs that work"
                            + " apart from its callers and contains its failures is a GenServer's job (it sets no"
                            + " timeout or monitor and handles no message of its own)."
                            + d.rationale().substring(Q4_SENTENCE.length()));
        }
        // a process kept for its purpose has no timeouts or monitors to cite: its purpose replaces Q4's sentence
        String rest = (why != null && keepsProcess(p) ? d.rationale().replaceFirst("^" + java.util.regex.Pattern.quote(
                Q4_SENTENCE), "") : d.rationale()).strip();
        rest = rest.isEmpty() ? "" : " " + rest;
        Decision out = why == null ? d : new Decision(d.processNeeded(), d.abstraction(), d.placement(),
                d.decidedBy(), why + rest);
        if (p.is(Property.SHORT_LIVED) && out.placement() != null) {
            out = new Decision(out.processNeeded(), out.abstraction(), null, out.decidedBy(), out.rationale()
                    .replace(io.github.otpadvisor.decision.DecisionModel.STATIC_WHY, "") + " But it is short-lived (" + first(p, Property.SHORT_LIVED) + "): it needs no place in the "
                    + "application's supervision tree.");
        }
        return out;
    }

    /** Q4's yes rests on the ETS tables it owns alone: nothing else isolates it, and it handles no message. */
    private static boolean tablesOnly(RuntimeProperties p) {
        return isolationOnly(p) && !p.is(Property.HOLDS_STATE) && p.evidence(Property.ISOLATION_NEED).stream()
                .allMatch(e -> e.text().startsWith("owns ETS table "));
    }

    /** Q4's yes rests on the isolation need alone: no timeouts, monitors or messages of its own. */
    static boolean isolationOnly(RuntimeProperties p) {
        return p.is(Property.ISOLATION_NEED) && !p.is(Property.TIMEOUTS) && !p.is(Property.MONITORS_LINKS)
                && !p.is(Property.HANDLES_INFO);
    }

    private static String first(RuntimeProperties p, Property prop) {
        List<Evidence> ev = p.evidence(prop);
        if (ev.isEmpty()) {
            return prop.label();
        }
        Evidence e = ev.get(0);
        return e.text() + (e.line() > 0 ? ", line " + e.line() : "");
    }
}
