package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Question;
import io.github.otpadvisor.decision.Verdict;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.project.RuntimeProperties;
import java.util.List;

/**
 * Turns a process module's runtime properties into the framework's {@link Answers}, and decides.
 *
 * <ul>
 *   <li>Q1 stateless: {@link Property#STATELESS}, unless the module runs one-off async work (a Task).</li>
 *   <li>Q2 state between operations: holds state; timeouts, monitors, info handling and owned resources
 *       count too (a timer or a monitor lives between operations), so a periodic worker is not sent
 *       to "Functions". One-off async: {@link Property#ONE_OFF_ASYNC}.</li>
 *   <li>Q3 simple get/update: {@link Property#SIMPLE_GET_UPDATE}; many readers: a singleton called from
 *       several other modules ({@link Property#MANY_READERS}).</li>
 *   <li>Q4 timeouts, monitors or handle_info; for modules that are not Agents today an isolation need
 *       (trap_exit, ports, sockets, owned ETS tables, external I/O) counts as well, conservatively:
 *       such a process is not called "heavier than needed"; for Agents it does not count, so an Agent
 *       owning a table is not called "lighter than needed".</li>
 *   <li>Q5 dynamic children: started through DynamicSupervisor.start_child or per entity; bottleneck:
 *       started per entity from request paths ({@link Property#REQUEST_PATH_STARTS}).</li>
 * </ul>
 */
public final class FactsToAnswers {
    private FactsToAnswers() {
    }

    /**
     * The decision for one process module.
     *
     * @param module   its name
     * @param today    the pattern it uses today
     * @param answers  the answers derived from its facts
     * @param decision what the framework recommends
     * @param verdict  today's pattern against the recommended worker
     */
    public record ModuleDecision(String module, Pattern today, Answers answers, Decision decision, Verdict verdict) {
    }

    /** The answers for a module whose abstraction today is unknown (isolation need counts for Q4). */
    public static Answers answers(RuntimeProperties p) {
        return answers(p, Abstraction.GENSERVER);
    }

    /**
     * The answers; {@code today} only decides which way an isolation need leans in Q4, always the
     * way that raises no flag: for a GenServer it counts (not "heavier than needed"), for an Agent it
     * does not (an Agent owning an ETS table is not "lighter than needed").
     */
    public static Answers answers(RuntimeProperties p, Abstraction today) {
        boolean isolationCounts = today != Abstraction.AGENT;
        boolean oneOff = p.is(Property.ONE_OFF_ASYNC);
        boolean lives = p.is(Property.HOLDS_STATE) || p.is(Property.TIMEOUTS) || p.is(Property.MONITORS_LINKS)
                || p.is(Property.HANDLES_INFO) || p.is(Property.ISOLATION_NEED);
        return Answers.builder()
                .stateless(p.is(Property.STATELESS) && !oneOff)
                .stateBetweenOps(lives)
                .oneOffAsync(oneOff)
                .simpleGetUpdate(p.is(Property.SIMPLE_GET_UPDATE))
                .manyReaders(p.is(Property.MANY_READERS))
                .timeoutsMonitorsInfo(p.is(Property.TIMEOUTS) || p.is(Property.MONITORS_LINKS)
                        || p.is(Property.HANDLES_INFO) || (isolationCounts && p.is(Property.ISOLATION_NEED)))
                .dynamicChildren(p.is(Property.DYNAMIC_CHILDREN) || p.is(Property.PER_ENTITY))
                .supervisorBottleneck(p.is(Property.REQUEST_PATH_STARTS))
                .build();
    }

    public static ModuleDecision decide(ProcessModule m) {
        Abstraction abs = m.abstraction();
        Pattern today = abs.todayPattern();
        RuntimeProperties p = m.properties();
        Answers a = answers(p, abs);
        Decision d;
        if (abs.isSupervisor()) {
            d = supervisorDecision(m, a);
            return new ModuleDecision(m.name(), today, a, d, Verdict.FITS);
        }
        d = DecisionModel.decide(a);
        return new ModuleDecision(m.name(), today, a, d, Verdict.compare(today, d.worker()));
    }

    public static List<ModuleDecision> decideAll(ProjectFacts project) {
        return project.processModules().stream().map(FactsToAnswers::decide).toList();
    }

    /** Supervisors supervise: the question is which kind (Q5), not whether to hold state. */
    private static Decision supervisorDecision(ProcessModule m, Answers a) {
        boolean dynamic = m.abstraction() == Abstraction.DYNAMIC_SUPERVISOR;
        Pattern p = dynamic ? (a.supervisorBottleneck() ? Pattern.PARTITION_SUPERVISOR
                : Pattern.DYNAMIC_SUPERVISOR_REGISTRY) : Pattern.SUPERVISOR;
        String why = dynamic
                ? "Its children are started at runtime: a DynamicSupervisor (with a Registry to find them)."
                : "It starts a fixed set of children: a regular Supervisor.";
        return new Decision(true, p, p, p, Question.DYNAMIC_CHILDREN, why);
    }
}
