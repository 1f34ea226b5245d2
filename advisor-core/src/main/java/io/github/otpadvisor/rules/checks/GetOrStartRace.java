package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.GetOrStart;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * OTP011: {@code Registry.lookup} (or a {@code whereis}) then {@code DynamicSupervisor.start_child} (or a named
 * {@code GenServer.start*}) when the lookup found nothing, with no {@code {:error, {:already_started, pid}}} clause:
 * two callers that miss the lookup at the same time both start, and the loser's start fails. Left alone: a lookup
 * serialized by the module's own process (every path from one of its callbacks), one only the boot sequence runs,
 * a named start whose result is thrown away (the loser's error is ignored), distributed registries (Horde,
 * {@code :global}, {@code :syn}, Swarm) that settle conflicts themselves, tests and scripts. Reported on the start.
 * Also a child started per id without a name that registers itself in init/1 and ignores the result
 * ({@link InitRegistration}): no start of it is ever refused, so no get-or-start finds the running one.
 */
@RuleInfo(id = "OTP011", name = "get-or-start-race", severity = Severity.WARNING,
        summary = "Registry.lookup then start_child without handling {:error, {:already_started, pid}}: two callers race.")
public final class GetOrStartRace implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        for (StartSite s : project.startSites()) {
            GetOrStart g = s.getOrStart();
            if (g == null || g.handlesAlreadyStarted() || g.serializedBy() != null || s.inTest() || s.inScript()
                    || s.has(StartSite.Trait.DEV_ONLY) || s.has(StartSite.Trait.SHORT_LIVED)) {
                continue;
            }
            if (project.callPaths().atBoot(s.module(), g.lookupFunction())
                    && project.callPaths().requestPath(s.module(), g.lookupFunction()) == null) {
                continue; // run once by the boot sequence and by no request: one caller, nobody to race with
            }
            if (g.resultDiscarded() && named(s, project)) {
                continue; // the loser's already_started is thrown away and the name reaches the winner: harmless
            }
            out.add(CallSiteText.finding(this, s.location(), s.module(), message(s, g, project), null));
        }
        out.addAll(InitRegistration.findings(this, project));
        return out;
    }

    private static String message(StartSite s, GetOrStart g, ProjectFacts project) {
        String start = CallSiteText.bare(s.call());
        String where = s.function() != null && s.function().equals(g.lookupFunction())
                ? s.module() + "." + s.function()
                : s.module() + "." + g.lookupFunction() + " (through " + s.function() + ")";
        return where + " looks the process up with " + CallSiteText.shorten(g.lookup(), 70) + " at line "
                + g.lookupLocation().line() + " and starts it with " + start + " at line " + s.location().line()
                + " when nothing is found, but no clause matches {:error, {:already_started, pid}}. Two callers that"
                + " miss the lookup at the same moment both start: " + outcome(s, project) + " Match"
                + " `{:error, {:already_started, pid}} -> {:ok, pid}` on the result of " + start + ", or drop the"
                + " lookup and start first, treating already_started as found.";
    }

    /** The started process registers a name: the start call's, the child spec's, or the started module's own. */
    private static boolean named(StartSite s, ProjectFacts project) {
        if (s.name() != null) {
            return true;
        }
        // a project module registers what its own start_link says, whatever name: the child spec passes it
        return s.startedModule() != null && project.processModule(s.startedModule()).isPresent()
                ? project.processModule(s.startedModule()).get().names().stream()
                .anyMatch(n -> n.kind() != NameRef.Kind.UNKNOWN && !InitRegistration.CONTEXT.equals(n.context()))
                : s.child() != null && s.child().name() != null;
    }

    /** What the loser gets: an error instead of the pid when the child registers a name, else a second process. */
    private static String outcome(StartSite s, ProjectFacts project) {
        return named(s, project)
                ? "the name is registered once, so the loser gets {:error, {:already_started, pid}} where it expected"
                + " {:ok, pid} (a MatchError in `{:ok, pid} = ...`, an error returned to a caller that only wanted the"
                + " process)."
                : "if the child's start_link registers a name, the loser gets {:error, {:already_started, pid}} (a"
                + " MatchError in `{:ok, pid} = ...`) where it expected the pid; if it registers none, or calls"
                + " Registry.register in init/1 and ignores the result, two processes run for the same key.";
    }
}
