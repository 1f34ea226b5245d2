package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * OTP008: a process name that is an atom built from runtime data ({@code String.to_atom},
 * {@code :"room_#{id}"}, {@code :erlang.binary_to_atom}, {@code List.to_atom}, {@code Module.concat} with a
 * runtime value) given as {@code name:}, to {@code Process.register/2}, or inside a {@code :global} or
 * non-Registry {@code :via} name. Reported where the atom is built, once per building expression.
 */
@RuleInfo(id = "OTP008", name = "dynamic-atom-names", severity = Severity.ERROR,
        summary = "A process name built as an atom from runtime data: the atom table is never garbage-collected.")
public final class DynamicAtomNames implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        Set<Location> seen = new HashSet<>();
        for (FileFacts file : project.files()) {
            if (file.test() || file.script()) {
                continue;
            }
            for (NameRef n : file.names()) {
                if (!n.runtimeAtom() || n.atomLocation() == null || n.kind() == NameRef.Kind.VIA_REGISTRY
                        || n.kind() == NameRef.Kind.VIA_PARTITION || !seen.add(n.atomLocation())) {
                    continue;
                }
                out.add(CallSiteText.finding(this, n.atomLocation(), n.owner(), message(n, context.assessments().namesAround(n.owner(), file.app()).registryOrDefault()),
                        Pattern.DYNAMIC_SUPERVISOR_REGISTRY));
            }
        }
        return out;
    }

    private static String message(NameRef n, String registry) {
        String builder = n.atomBuilder().equals("interpolated atom") ? "an interpolated atom literal"
                : n.atomBuilder();
        String use = switch (n.kind()) {
            case GLOBAL -> "inside the {:global, _} name";
            case VIA_OTHER -> "inside the {:via, " + (n.module() == null ? "_" : n.module()) + ", _} name";
            default -> n.context().equals("Process.register") ? "as the name given to Process.register/2"
                    : "as the name: of " + n.context();
        };
        String where = CallSiteText.where(n.owner(), n.function(), n.location());
        boolean sameLine = n.atomLocation().line() == n.location().line()
                && n.atomLocation().file().equals(n.location().file());
        return builder + " builds a new atom from runtime data, used " + use + " in " + where
                + (sameLine ? "" : " (" + CallSiteText.at(n.location()) + ")") + ": "
                + CallSiteText.shorten(n.text(), 80) + ". Atoms are never garbage-collected, so every distinct id"
                + " adds one to the atom table until the node hits its limit and crashes. Register the process"
                + " under {:via, Registry, {" + registry + ", id}} (any term as key, removed when the process"
                + " dies), started through a DynamicSupervisor.";
    }
}
