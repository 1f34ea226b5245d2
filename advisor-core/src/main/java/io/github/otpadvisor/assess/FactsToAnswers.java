package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.project.RuntimeProperties;

/**
 * Turns a process module's runtime properties into the framework's {@link Answers}.
 *
 * The judgements behind red flags 1 and 4 and GenServer envy come in as answers, so the recommendation
 * and those rules never disagree.
 *
 * <ul>
 *   <li>Q1 stateless: {@link Property#STATELESS}, unless the module runs one-off async work (a Task); or a
 *       worker whose state carries nothing ({@link StatelessWorker}, even when its callbacks do I/O).</li>
 *   <li>Q2 state between operations: holds state; timeouts, monitors, info handling and owned resources
 *       count too (a timer or a monitor lives between operations), so a periodic worker is not sent
 *       to "Functions". One-off async: {@link Property#ONE_OFF_ASYNC}.</li>
 *   <li>Q3 simple get/update: {@link Property#SIMPLE_GET_UPDATE}; ETS rather than an Agent exactly when the
 *       module is a singleton key-value store ({@link KeyValueStore}, OTP004's trigger; RULEBOOK §3).</li>
 *   <li>Q4 timeouts, monitors or handle_info, or an Agent/Task doing a GenServer's job ({@link ServerWork},
 *       which also makes its get/update not simple); for modules that are not Agents today an isolation need
 *       (trap_exit, ports, sockets, owned ETS tables, external I/O) counts as well, conservatively:
 *       such a process is not called "heavier than needed"; for Agents it does not count, so an Agent
 *       owning a table is not called "lighter than needed".</li>
 *   <li>Q5 dynamic children: started per entity, or through DynamicSupervisor.start_child unless it is a
 *       singleton worker (one fixed name: started once, a static child; RULEBOOK §3); bottleneck:
 *       started per entity from request paths ({@link Property#REQUEST_PATH_STARTS}).</li>
 * </ul>
 */
final class FactsToAnswers {
    private FactsToAnswers() {
    }

    /**
     * The answers; {@code today} only decides which way an isolation need leans in Q4, always the
     * way that raises no flag: for a GenServer it counts (not "heavier than needed"), for an Agent it
     * does not (an Agent owning an ETS table is not "lighter than needed").
     */
    static Answers answers(RuntimeProperties p, Abstraction today, boolean statelessWorker, boolean keyValueStore,
                           boolean serverWork) {
        boolean isolationCounts = today != Abstraction.AGENT;
        boolean oneOff = p.is(Property.ONE_OFF_ASYNC);
        boolean lives = p.is(Property.HOLDS_STATE) || p.is(Property.TIMEOUTS) || p.is(Property.MONITORS_LINKS)
                || p.is(Property.HANDLES_INFO) || p.is(Property.ISOLATION_NEED) || serverWork;
        return Answers.builder()
                .stateless(p.is(Property.STATELESS) && !oneOff || statelessWorker)
                .stateBetweenOps(lives)
                .oneOffAsync(oneOff)
                .simpleGetUpdate(p.is(Property.SIMPLE_GET_UPDATE) && !serverWork)
                .manyReaders(keyValueStore)
                .timeoutsMonitorsInfo(p.is(Property.TIMEOUTS) || p.is(Property.MONITORS_LINKS)
                        || p.is(Property.HANDLES_INFO) || (isolationCounts && p.is(Property.ISOLATION_NEED))
                        || serverWork)
                .dynamicChildren(p.is(Property.PER_ENTITY) || p.is(Property.DYNAMIC_CHILDREN)
                        && (!p.is(Property.SINGLETON) || today.isSupervisor()))
                .supervisorBottleneck(p.is(Property.REQUEST_PATH_STARTS))
                .build();
    }
}
