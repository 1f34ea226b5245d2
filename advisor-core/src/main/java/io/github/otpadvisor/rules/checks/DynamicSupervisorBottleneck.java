package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OTP010: {@code DynamicSupervisor.start_child} of per-entity children (an id from runtime data) under one
 * named, unpartitioned DynamicSupervisor, run from request or message handling (controller actions,
 * channel/LiveView callbacks, plugs, queue consumers), directly or through one call into another module.
 * Severity info: a hint to measure, with PartitionSupervisor as the way out.
 */
@RuleInfo(id = "OTP010", name = "dynamic-supervisor-bottleneck", severity = Severity.INFO,
        summary = "Per-entity children started from request paths under one unpartitioned DynamicSupervisor.")
public final class DynamicSupervisorBottleneck implements Rule {
    /** Messages of queue consumers (AMQP deliveries) handled in handle_info. */
    private static final List<String> CONSUMER_TAGS = List.of("basic_deliver");

    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        Map<String, Location> dynamicSupervisors = dynamicSupervisors(project);
        Map<String, List<RemoteCall>> requestCallers = new HashMap<>();
        for (FileFacts f : project.files()) {
            if (f.test()) {
                continue;
            }
            for (RemoteCall c : f.remoteCalls()) {
                if (!c.inTest() && requestPath(c.requestContext(), c.fromModule(), c.location(), project) != null) {
                    requestCallers.computeIfAbsent(c.toModule() + "." + c.function() + "/" + c.arity(),
                            k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (FileFacts file : project.files()) {
            if (file.test() || file.script()) {
                continue;
            }
            for (StartSite s : file.startSites()) {
                if (s.kind() != StartSite.Kind.DYNAMIC_START_CHILD || s.supervisor() == null || s.child() == null) {
                    continue;
                }
                Target sup = s.supervisor();
                if (sup.kind() != Target.Kind.MODULE || !dynamicSupervisors.containsKey(sup.module())) {
                    continue; // a PartitionSupervisor via tuple, a pid, or a supervisor we cannot see
                }
                ChildSpec child = s.child();
                if (child.argIsLiteral() || child.arg() == null || child.module() == null) {
                    continue; // not per entity
                }
                String path = requestPath(s.requestContext(), s.module(), s.location(), project);
                if (path == null && s.module() != null && s.function() != null) {
                    List<RemoteCall> callers = requestCallers.getOrDefault(s.module() + "." + s.function(), List.of());
                    if (!callers.isEmpty()) {
                        RemoteCall c = callers.get(0);
                        path = requestPath(c.requestContext(), c.fromModule(), c.location(), project) + " in "
                                + c.fromModule() + " (" + CallSiteText.at(c.location()) + "), which calls "
                                + s.module() + "." + s.function()
                                + (callers.size() > 1 ? " (and " + (callers.size() - 1) + " more request paths)" : "");
                    }
                }
                if (path == null) {
                    continue;
                }
                out.add(CallSiteText.finding(this, s.location(), s.module(),
                        message(s, sup.module(), dynamicSupervisors.get(sup.module()), path),
                        Pattern.PARTITION_SUPERVISOR));
            }
        }
        return out;
    }

    private static String message(StartSite s, String sup, Location declared, String path) {
        String where = CallSiteText.where(s.module(), s.function(), s.location());
        return "DynamicSupervisor.start_child(" + sup + ", " + CallSiteText.shorten(s.child().text(), 50) + ") in "
                + where + " starts one " + s.child().module() + " per " + CallSiteText.shorten(s.child().arg(), 30)
                + " from " + path + ". Every such start is a synchronous call to the one " + sup
                + " process (declared at " + CallSiteText.at(declared) + "), which runs the child's init/1 before"
                + " replying: under load all of them queue in its mailbox. If start-up latency shows, run it as"
                + " {PartitionSupervisor, child_spec: DynamicSupervisor, name: " + sup + "} and start children with"
                + " DynamicSupervisor.start_child({:via, PartitionSupervisor, {" + sup + ", "
                + CallSiteText.shorten(s.child().arg(), 30) + "}}, ...).";
    }

    /**
     * Named plain DynamicSupervisors of the project: {@code {DynamicSupervisor, name: X}} children, and
     * {@code use DynamicSupervisor} modules (under their registered name or their own).
     */
    private static Map<String, Location> dynamicSupervisors(ProjectFacts project) {
        Map<String, Location> out = new HashMap<>();
        for (ChildrenList l : project.childrenLists()) {
            for (ChildSpec c : l.children()) {
                if ("DynamicSupervisor".equals(c.module()) && c.name() != null && c.name().module() != null
                        && c.name().kind() == NameRef.Kind.MODULE) {
                    out.putIfAbsent(c.name().module(), c.location());
                }
            }
        }
        for (ModuleFacts m : project.modules().values()) {
            if (m.abstraction() != Abstraction.DYNAMIC_SUPERVISOR) {
                continue;
            }
            project.processModule(m.name()).ifPresent(pm -> {
                boolean named = false;
                for (NameRef n : pm.names()) {
                    if (n.kind() == NameRef.Kind.MODULE && n.module() != null) {
                        out.putIfAbsent(n.module(), n.location());
                        named = true;
                    }
                }
                if (!named) {
                    out.putIfAbsent(m.name(), m.location());
                }
            });
        }
        // A name also given to a PartitionSupervisor is not a plain DynamicSupervisor.
        for (ChildrenList l : project.childrenLists()) {
            for (ChildSpec c : l.children()) {
                if ("PartitionSupervisor".equals(c.module()) && c.name() != null && c.name().module() != null) {
                    out.remove(c.name().module());
                }
            }
        }
        return out;
    }

    /**
     * When code with this request context runs per request or per consumed message, says which; else null.
     * Web handlers (controllers, channels, LiveViews, plugs, sockets) always count; process callbacks only for
     * consumer deliveries ({@code handle_info({:basic_deliver, ...})}) and Broadway's {@code handle_message/3}.
     */
    private static String requestPath(String context, String module, Location at, ProjectFacts project) {
        if (context == null) {
            return null;
        }
        if (context.startsWith("controller action") || context.startsWith("channel ")
                || context.startsWith("LiveView ") || context.startsWith("LiveComponent ")
                || context.startsWith("Plug ") || context.startsWith("socket ")) {
            return context;
        }
        if (context.startsWith("handle_info/2") && module != null && at != null) {
            Optional<ModuleFacts> m = project.module(module);
            if (m.isEmpty()) {
                return null;
            }
            // The handle_info clause that contains the call: the last one starting at or before its line.
            ClauseSummary clause = m.get().clauses("handle_info").stream()
                    .filter(c -> c.location() != null && c.location().file().equals(at.file())
                            && c.location().line() <= at.line())
                    .max(Comparator.comparingInt(c -> c.location().line())).orElse(null);
            if (clause != null && clause.messageTag() != null && CONSUMER_TAGS.contains(clause.messageTag())) {
                return "the consumer callback " + clause.head();
            }
        }
        return null;
    }
}
