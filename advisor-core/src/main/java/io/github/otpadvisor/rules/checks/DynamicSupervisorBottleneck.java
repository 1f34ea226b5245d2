package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.BottleneckStart;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * OTP010: {@code DynamicSupervisor.start_child} of per-entity children under one named, unpartitioned
 * DynamicSupervisor, reached through the project's call graph from a request path whose requests can come
 * in bursts (channel and socket callbacks, plugs, websocket and TCP handlers, consumers, jobs). Human-rate
 * starts (a controller action, a LiveView opened by a person), boot-time starts and children keyed by no
 * entity are left alone. The starts are those of {@link ProjectFacts#bottleneckStarts()}, which the
 * decision's PartitionSupervisor answer reads too. Severity info: a hint to measure.
 */
@RuleInfo(id = "OTP010", name = "dynamic-supervisor-bottleneck", severity = Severity.INFO,
        summary = "Per-entity children started from request paths under one unpartitioned DynamicSupervisor.")
public final class DynamicSupervisorBottleneck implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        for (BottleneckStart b : project.bottleneckStarts()) {
            StartSite s = b.site();
            out.add(CallSiteText.finding(this, s.location(), s.module(), message(b, project),
                    Pattern.PARTITION_SUPERVISOR));
        }
        return out;
    }

    private static String article(String noun) {
        return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String message(BottleneckStart b, ProjectFacts project) {
        StartSite s = b.site();
        String sup = b.supervisor();
        String key = b.key();
        boolean ownModule = project.module(sup).map(m -> m.abstraction() == Abstraction.DYNAMIC_SUPERVISOR)
                .orElse(false);
        String childSpec = ownModule ? sup : "DynamicSupervisor";
        String where = b.listedIn() == null ? "" : " in the children of " + b.listedIn() + " ("
                + CallSiteText.at(b.declared()) + ")";
        return "DynamicSupervisor.start_child(" + sup + ", " + CallSiteText.shorten(s.child().text(), 50) + ") in "
                + CallSiteText.where(s.module(), s.function(), s.location()) + " starts one " + s.child().module()
                + " per " + key + " from " + article(b.path().entryKind()) + ": " + b.path().text()
                + " -> DynamicSupervisor.start_child. Every such start is a synchronous call to the one " + sup
                + " process, which runs the child's init/1 before replying, so a burst of these requests (a"
                + " reconnect storm, a full queue) waits in its mailbox. Add a PartitionSupervisor: list {PartitionSupervisor,"
                + " child_spec: " + childSpec + ", name: " + sup + "}" + where + " in place of the DynamicSupervisor"
                + (ownModule ? " (without the fixed name: in " + sup + ".start_link, each partition starts one)" : "")
                + ", and start children with DynamicSupervisor.start_child({:via, PartitionSupervisor, {" + sup + ", "
                + key + "}}, ...).";
    }
}
