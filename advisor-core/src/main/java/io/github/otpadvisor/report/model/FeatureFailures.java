package io.github.otpadvisor.report.model;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * "What a crash costs" for a planned feature: the seed's "What happens if this process crashes?" and "What
 * restart strategy?" answered for the recommended pattern, with no code to cite (so no evidence).
 */
final class FeatureFailures {
    private FeatureFailures() {
    }

    static List<FailureClaim> of(Decision d, FeatureNames names) {
        List<FailureClaim> out = new ArrayList<>();
        if (d.abstraction() == Pattern.ETS) {
            out.add(claim("State lost", "The table dies with the process that owns it: put its owner in the "
                    + "supervision tree, where a restart creates it again, empty; load what must survive from where it "
                    + "is stored, in the owner's init/1 or handle_continue/2."));
            return out;
        }
        if (!d.processNeeded()) {
            return out;
        }
        if (d.abstraction() == Pattern.TASK) {
            out.add(claim("Restart", ":temporary, the default of Task.Supervisor.start_child: a job that crashes is "
                    + "not run again; retry it yourself (or use a job queue) if it must complete."));
            out.add(claim("Shutdown", "On shutdown the Task.Supervisor gives each running task 5000 ms, then kills it: "
                    + "a job that must not be cut off needs its own shutdown value or a queue."));
            return out;
        }
        boolean dynamic = d.placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY
                || d.placement() == Placement.PARTITION_SUPERVISOR;
        out.add(claim("Restart", ":permanent, the default of use " + d.abstraction().label() + ": its supervisor "
                + "restarts it after every exit; for one that should end when idle or done, use restart: :transient."));
        out.add(claim("State lost", "Its state is lost with the process: " + (d.abstraction() == Pattern.AGENT
                ? "the function given to Agent.start_link builds it again" : "init/1 builds it again from its start "
                + "argument") + ", so whatever must survive a crash belongs in a database or an ETS table owned "
                + "elsewhere."));
        if (dynamic) {
            String registry = names.registry() != null ? names.registry() : "the Registry";
            out.add(claim("Ordering", "Registered processes are linked to " + registry + ": its crash kills them. "
                    + "Put it and the DynamicSupervisor under a supervisor of their own with strategy: :rest_for_one, "
                    + "the Registry first, so a Registry crash restarts the DynamicSupervisor and its children with "
                    + "it instead of leaving them to restart against a Registry that is not back yet."));
        } else {
            out.add(claim("Mailbox", "One process for the node: if request handlers call it, each request waits its "
                    + "turn in its mailbox; keep reads out of it (ETS) when many callers read."));
        }
        return out;
    }

    private static FailureClaim claim(String topic, String text) {
        return new FailureClaim(topic, text, List.of());
    }
}
