package io.github.otpadvisor.assess;

import static io.github.otpadvisor.assess.Words.join;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StateResult;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * Red flag 1, "I need a GenServer for my service": a GenServer or Agent whose state carries nothing
 * between operations (decision Q1). A GenServer: {@code init/1} returns a constant or its argument, no
 * callback reads or changes the state, no timer, monitor, info handling, trapped exit or owned resource.
 * An Agent: every Agent call on it hands the state back untouched and none reads it. Calls to a
 * database or a mailer from such a process do not make it stateful: they ran in the callers before.
 * The assessment answers Q1 from this, so the recommendation (Functions) and OTP001 are one judgement.
 */
final class StatelessWorker {
    private StatelessWorker() {
    }

    /**
     * Why the module is a stateless worker, worded with lines; null when it is not one. Workers started through a
     * PartitionSupervisor are a pool: several mailboxes bounding how much of that work runs at once, on purpose.
     */
    static String of(ProcessModule pm, ProjectFacts project, TodayPlacement now) {
        if (now.placement() == io.github.otpadvisor.decision.Placement.PARTITION_SUPERVISOR || partitioned(pm, project)) {
            return null;
        }
        if (!Workers.analyzable(pm) || !Workers.noQ4Reason(pm) || pm.is(Property.ONE_OFF_ASYNC)
                || Purpose.keepsProcess(pm.properties())
                || !Workers.ownedResources(pm).isEmpty() || ConfiguredPlugin.start(pm, project).isPresent()) {
            return null;
        }
        return pm.abstraction() == Abstraction.GENSERVER ? genServer(pm) : agent(project, pm);
    }

    /** Its own functions address it through a PartitionSupervisor ({@code {:via, PartitionSupervisor, {sup, key}}}). */
    private static boolean partitioned(ProcessModule pm, ProjectFacts project) {
        // its own functions sit in its own file: no need to scan every send of the project for every module
        return project.filesAt(pm.file()).stream().flatMap(f -> f.sends().stream())
                .anyMatch(s -> pm.name().equals(s.module()) && s.target().kind() == Target.Kind.VIA
                        && s.target().text().contains("PartitionSupervisor"));
    }

    private static String genServer(ProcessModule pm) {
        InitSummary init = pm.facts().init();
        if (pm.is(Property.HOLDS_STATE) || init == null
                || (init.state() != InitSummary.InitState.CONSTANT && init.state() != InitSummary.InitState.FROM_ARGS)
                || init.signals().stream().anyMatch(s -> s.kind() != Signal.Kind.LOG && s.kind() != Signal.Kind.IO)) {
            return null;
        }
        List<ClauseSummary> ops = Workers.operations(pm);
        if (ops.isEmpty()) {
            return null;
        }
        List<String> handlers = new ArrayList<>();
        for (ClauseSummary c : pm.facts().clauses()) {
            if (c.readsState() || c.stateResult() == StateResult.NEW || c.stateResult() == StateResult.UNKNOWN) {
                return null;
            }
            // appending to a file from one process serializes writers on purpose
            if (c.effects().stream().anyMatch(s -> s.kind() == Signal.Kind.FILE || s.kind() == Signal.Kind.SOCKET
                    || s.kind() == Signal.Kind.PORT)) {
                return null;
            }
            if (!c.callback().equals("terminate")) {
                handlers.add(c.head() + " at line " + c.location().line());
            }
        }
        String initText = init.state() == InitSummary.InitState.CONSTANT
                ? "init/1 at line " + init.location().line() + " returns the constant " + init.stateText()
                : "init/1 at line " + init.location().line() + " returns its argument (" + init.stateText() + ")";
        return pm.name() + " is a GenServer whose state carries nothing between operations: " + initText
                + ", and no callback reads or changes it (" + (handlers.size() == 1 ? "" : "each of ")
                + join(handlers, 4) + (handlers.size() == 1 ? " hands" : " hand")
                + " the state back unchanged). It has no timer, monitor, handle_info work, trapped exit or "
                + "owned resource, so the process only serializes its callers through one mailbox. "
                + "Turn the handlers into plain functions called in the caller's process "
                + "(start a supervised Task for work that must run in the background).";
    }

    private static String agent(ProjectFacts project, ProcessModule pm) {
        List<MessageSend> calls = Workers.agentCalls(pm);
        if (calls.isEmpty()) {
            return null;
        }
        // every Agent call written in the module must aim at it by name: a pid-addressed read would not be seen
        boolean allByName = project.sends().stream()
                .filter(s -> s.kind().agent() && pm.name().equals(s.module()))
                .allMatch(calls::contains);
        if (!allByName) {
            return null;
        }
        for (MessageSend s : calls) {
            if (s.agentWork() == null || !s.agentWork().stateUntouched()) {
                return null;
            }
        }
        List<String> where = calls.stream().map(s -> s.kind().label() + " at line " + s.location().line()).toList();
        return pm.name() + " is an Agent whose state carries nothing: every Agent call on it (" + join(where, 4)
                + ") runs its work inside the Agent and hands the state back untouched, and nothing ever reads it. "
                + "The Agent only serializes that work through one mailbox. Call the work as a plain function "
                + "(or start it under a Task.Supervisor when it must not block the caller).";
    }
}
