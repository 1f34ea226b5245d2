package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Which process module of the project a fixed name belongs to (unique owners only). */
final class RegisteredNames {
    private final java.util.Map<String, List<ProcessModule>> byModule = new java.util.HashMap<>();
    private final java.util.Map<String, List<ProcessModule>> byAtom = new java.util.HashMap<>();

    static RegisteredNames of(ProjectFacts project) {
        RegisteredNames r = new RegisteredNames();
        for (ProcessModule pm : project.processModules()) {
            if (pm.test()) {
                continue;
            }
            Set<String> mods = new TreeSet<>();
            Set<String> atoms = new TreeSet<>();
            for (NameRef n : pm.names()) {
                if (n.kind() == NameRef.Kind.MODULE && n.module() != null) {
                    mods.add(n.module());
                } else if (n.kind() == NameRef.Kind.ATOM) {
                    atoms.add(n.text());
                }
            }
            mods.forEach(m -> r.byModule.computeIfAbsent(m, k -> new ArrayList<>()).add(pm));
            atoms.forEach(a -> r.byAtom.computeIfAbsent(a, k -> new ArrayList<>()).add(pm));
        }
        return r;
    }

    ProcessModule owner(Target t) {
        List<ProcessModule> found = t.kind() == Target.Kind.MODULE && t.module() != null
                ? byModule.get(t.module())
                : t.kind() == Target.Kind.ATOM ? byAtom.get(t.text()) : null;
        return found != null && found.size() == 1 ? found.get(0) : null;
    }

    static NameRef nameOf(ProcessModule pm, Target t) {
        for (NameRef n : pm.names()) {
            if (t.kind() == Target.Kind.MODULE && n.kind() == NameRef.Kind.MODULE && t.module().equals(n.module())
                    || t.kind() == Target.Kind.ATOM && n.kind() == NameRef.Kind.ATOM && t.text().equals(n.text())) {
                return n;
            }
        }
        return null;
    }
}
