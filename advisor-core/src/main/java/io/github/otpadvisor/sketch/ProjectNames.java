package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Finds the Registry, DynamicSupervisor, Task.Supervisor and PartitionSupervisor a project already runs,
 * so a sketch reuses them instead of inventing new ones. What the module itself uses comes first, then
 * children listed in its own application; test files are ignored. Results are Elixir source
 * ({@link ElixirNames#nameLiteral}) or null.
 */
final class ProjectNames {
    private final ProcessModule module;
    private final List<ChildSpec> specs;

    ProjectNames(ProcessModule module, ProjectFacts project) {
        this.module = module;
        this.specs = specsByApp(project, module.app());
    }

    /** A Registry with unique keys: the one its via names use, or one in a children list. */
    String registry() {
        for (NameRef n : module.names()) {
            if (n.kind() == NameRef.Kind.VIA_REGISTRY) {
                String name = ElixirNames.nameLiteral(n.module());
                if (name != null) {
                    return name;
                }
            }
        }
        return childName(c -> "Registry".equals(c.module()) && (c.arg() == null || !c.arg().contains(":duplicate")));
    }

    /** The DynamicSupervisor that starts the module today, else one in a children list. */
    String dynamicSupervisor() {
        for (StartSite s : module.dynamicStarts()) {
            Target t = s.supervisor();
            if (t != null && t.kind() == Target.Kind.MODULE && !isPartitionSupervisor(t.module())) {
                String name = ElixirNames.nameLiteral(t.module());
                if (name != null) {
                    return name;
                }
            }
        }
        return childName(c -> "DynamicSupervisor".equals(c.module()));
    }

    String taskSupervisor() {
        return childName(c -> "Task.Supervisor".equals(c.module()));
    }

    /** A PartitionSupervisor of DynamicSupervisors: the one starting the module today, else any. */
    String partitionSupervisor() {
        for (StartSite s : module.dynamicStarts()) {
            Target t = s.supervisor();
            if (t != null && t.kind() == Target.Kind.VIA && isPartitionSupervisor(t.module())) {
                String name = ElixirNames.nameLiteral(t.module());
                if (name != null) {
                    return name;
                }
            }
        }
        return childName(ProjectNames::partitionOfDynamicSupervisors);
    }

    private boolean isPartitionSupervisor(String name) {
        return name != null && specs.stream().anyMatch(c -> partitionOfDynamicSupervisors(c)
                && name.equals(nameOf(c)));
    }

    private static boolean partitionOfDynamicSupervisors(ChildSpec c) {
        return "PartitionSupervisor".equals(c.module()) && "DynamicSupervisor".equals(c.partitionChild());
    }

    private String childName(Predicate<ChildSpec> which) {
        return specs.stream().filter(which).map(ProjectNames::nameOf).map(ElixirNames::nameLiteral)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The {@code name:} of a child as Elixir source: the alias for module names, the atom as written. */
    private static String nameOf(ChildSpec c) {
        NameRef n = c.name();
        if (n == null) {
            return null;
        }
        return n.kind() == NameRef.Kind.MODULE ? n.module() : n.kind() == NameRef.Kind.ATOM ? n.text() : null;
    }

    /**
     * Children of production files in file order: of the module's own application only (another OTP
     * application's Registry is not its to use), or of every file when its application is unknown.
     */
    private static List<ChildSpec> specsByApp(ProjectFacts project, String app) {
        List<ChildSpec> out = new ArrayList<>();
        for (FileFacts f : project.files()) {
            if (!f.test() && (app == null || app.equals(f.app()))) {
                for (ChildrenList l : f.childrenLists()) {
                    out.addAll(l.children());
                }
            }
        }
        return out;
    }
}
