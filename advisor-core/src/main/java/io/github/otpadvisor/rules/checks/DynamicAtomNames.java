package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.project.CallPaths;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import io.github.otpadvisor.project.ProjectNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * OTP008: a process name that is an atom built from runtime data ({@code String.to_atom},
 * {@code :"room_#{id}"}, {@code :erlang.binary_to_atom}, {@code List.to_atom}, {@code Module.concat} with a
 * runtime value) given as {@code name:}, to {@code Process.register/2}, or inside a {@code :global} or
 * non-Registry {@code :via} name, or as the {@code name:} option of any start function (the project's own
 * {@code start_link(opts)} that forwards it, WebSockex, GenStateMachine). Only atoms from per-entity runtime data
 * count (ids, record fields, request data); settings read at start-up give a bounded set. Reported where the
 * atom is built, once per building expression; the module's lookups that rebuild the atom are named as evidence.
 */
@RuleInfo(id = "OTP008", name = "dynamic-atom-names", severity = Severity.ERROR,
        summary = "A process name built as an atom from runtime data: the atom table is never garbage-collected.")
public final class DynamicAtomNames implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        Set<Location> seen = new HashSet<>();
        Map<String, List<NameRef>> lookups = new HashMap<>();
        for (FileFacts file : project.files()) {
            if (!file.test() && !file.script()) {
                file.names().stream().filter(NameRef::lookup)
                        .forEach(n -> lookups.computeIfAbsent(n.owner(), k -> new ArrayList<>()).add(n));
            }
        }
        Set<Location> atomOnly = new HashSet<>();
        for (FileFacts file : project.files()) {
            // a Registry's own name must be an atom: no via name can replace it
            file.childrenLists().forEach(l -> l.children().stream()
                    .filter(c -> "Registry".equals(c.module()) && c.name() != null && c.name().atomLocation() != null)
                    .forEach(c -> atomOnly.add(c.name().atomLocation())));
        }
        for (FileFacts file : project.productionFiles()) {
            for (NameRef n : file.names()) {
                if (n.lookup() || !n.runtimeAtom() || n.atomLocation() == null
                        || n.kind() == NameRef.Kind.VIA_REGISTRY || n.kind() == NameRef.Kind.VIA_PARTITION
                        || !seen.add(n.atomLocation())) {
                    continue;
                }
                CallPaths.RequestPath burst = project.callPaths().burstPath(n.owner(), n.function());
                boolean needsAnAtom = n.context().contains("client id") || atomOnly.contains(n.atomLocation())
                        || n.context().contains("Broadway.start_link");
                if (burst == null && (needsAnAtom || startedOnlyWithItsSupervisor(n, project))) {
                    // a library client, a Registry or a Broadway pipeline needs its atom; and a process the project
                    // starts only with its supervisor gets its names from start-up settings: a fixed set
                    continue;
                }
                ProjectNames names = context.assessments().namesAround(n.owner(), file.app());
                Finding f = CallSiteText.finding(this, n.atomLocation(), n.owner(),
                        message(n, names, lookups.getOrDefault(n.owner(), List.of()), burst),
                        Pattern.DYNAMIC_SUPERVISOR_REGISTRY);
                out.add(burst != null ? f : f.withSeverity(Severity.INFO));
            }
        }
        return out;
    }

    /**
     * The name is built in the process's own start path ({@code start_link}, {@code init}) and nothing in the project
     * starts it at runtime: no {@code start_child}, no start call outside its own start function except at boot. It is
     * one of the children a supervisor lists from the configuration it reads when it starts (signs from a file
     * shipped with the release), so the set of atoms is fixed per release.
     */
    private static boolean startedOnlyWithItsSupervisor(NameRef n, ProjectFacts project) {
        if (n.owner() == null || n.function() == null || !(n.function().startsWith("start_link/")
                || n.function().startsWith("start/") || n.function().startsWith("init/"))) {
            return false;
        }
        CallPaths paths = project.callPaths();
        ProcessModule pm = project.processModule(n.owner()).orElse(null);
        if (pm == null) {
            // a library process (use GenStage): listed in a children list, and no request path calls its start
            return project.libraryProcess(n.owner()).isPresent() && paths.atBoot(n.owner(), n.function())
                    && paths.requestPath(n.owner(), n.function()) == null;
        }
        String builder = n.function().substring(0, n.function().indexOf('/'));
        return pm.dynamicStarts().isEmpty() && pm.startSites().stream().allMatch(s -> s.inOwnStartLink() || s.inTest()
                || s.inScript() || paths.atBoot(s.module(), s.function()))
                // nor does any code call its start function directly (TeslaMate.Import's Vehicle.start_link(...))
                && pm.callers().stream().noneMatch(c -> c.function().equals(builder) && !c.inTest()
                && !paths.atBoot(c.fromModule(), c.fromFunction()));
    }

    private static String message(NameRef n, ProjectNames names, List<NameRef> lookups, CallPaths.RequestPath burst) {
        String builder = n.atomBuilder().equals("interpolated atom") ? "an interpolated atom literal"
                : n.atomBuilder();
        String use = switch (n.kind()) {
            case GLOBAL -> "inside the {:global, _} name";
            case VIA_OTHER -> "inside the {:via, " + (n.module() == null ? "_" : n.module()) + ", _} name";
            default -> n.context().equals("Process.register") ? "as the name given to Process.register/2"
                    : n.context().startsWith("name: option") ? "as the " + n.context()
                    : n.context().contains("client id") ? "as the registered name of " + n.context()
                    : "as the name: of " + n.context();
        };
        String where = CallSiteText.where(n.owner(), n.function(), n.location());
        boolean sameLine = n.atomLocation().line() == n.location().line()
                && n.atomLocation().file().equals(n.location().file());
        String registry = names.registry();
        String fix = n.context().contains("client id")
                ? " The library needs an atom here, so keep the set bounded: derive the id from a fixed pool"
                + " (for example :erlang.phash2(id, N) into N client ids created once) instead of one per id."
                : " Register the process"
                + " under {:via, Registry, {" + names.registryOrDefault() + ", id}} (any term as key, removed when"
                + " the process dies" + (registry == null ? "; the project has no Registry: add "
                + names.registryOrDefault() + " to its supervision tree" : "") + ")"
                + (lookups.isEmpty() ? "; or, when nothing reaches it by name, drop name: and let whoever starts it"
                + " keep the pid." : ".");
        return builder + " builds a new atom from runtime data, used " + use + " in " + where
                + (sameLine ? "" : " (" + CallSiteText.at(n.location()) + ")") + ": "
                + CallSiteText.shorten(n.text(), 80) + lookupText(lookups) + ". " + growth(burst, !lookups.isEmpty()) + fix;
    }

    /**
     * How fast the atoms grow: per request when a request path that can burst reaches the start, else with the
     * records it is started for (configured cars, sinks, tenants), which is a slow leak, not a crash risk.
     */
    private static String growth(CallPaths.RequestPath burst, boolean lookups) {
        if (burst != null) {
            return "It is reached from a " + burst.entryKind() + " (" + CallSiteText.shorten(burst.text(), 160)
                    + "): atoms are never garbage-collected, so every distinct id a request brings adds one to the"
                    + " atom table until the node hits its limit and crashes.";
        }
        return "No request path known to arrive in bursts (a channel, a socket, a consumer, a job, a Plug) reaches"
                + " it, so the atoms grow with the records it is started for, one per distinct value and never freed:"
                + " bounded"
                + " while they are few, hence only info" + (lookups ? "; the lookups rebuild the atom every time"
                : "") + ".";
    }

    /** The calls that rebuild the atom to reach the process: each one makes the atom again. */
    private static String lookupText(List<NameRef> lookups) {
        if (lookups.isEmpty()) {
            return "";
        }
        List<String> at = lookups.stream().limit(4)
                .map(l -> CallSiteText.where(l.owner(), l.function(), l.location())).toList();
        return "; " + lookups.size() + (lookups.size() == 1 ? " lookup rebuilds" : " lookups rebuild")
                + " the atom on every call (" + String.join(", ", at) + (lookups.size() > 4 ? ", ..." : "") + ")";
    }
}
