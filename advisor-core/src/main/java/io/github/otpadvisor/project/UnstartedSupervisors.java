package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.StartSite;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Supervisors of the project that nothing starts (dara-dots' PongGameSupervisor): no supervision tree reaches them,
 * no production code calls their start, and their application has an Application module whose tree was read whole.
 * A start_child under one can only exit with {@code :noproc}: it is not how its child is started, and no tree picture
 * puts the child under it.
 */
final class UnstartedSupervisors {
    private final TreePaths paths;
    private final Map<String, ModuleFacts> modules;
    private final Map<String, SupervisionNode> unresolved;
    private final Set<String> startCalls = new HashSet<>();
    /** Applications with an Application module's tree: a library's supervisors are started by its users. */
    private final Set<String> withApplication = new HashSet<>();

    UnstartedSupervisors(List<FileFacts> files, Map<String, ModuleFacts> modules,
                         Map<String, List<SupervisionNode>> trees, TreePaths paths) {
        this.paths = paths;
        this.modules = modules;
        this.unresolved = Supervisions.unresolvedByApp(trees);
        trees.forEach((app, roots) -> {
            if (roots.stream().anyMatch(r -> r.kind() == SupervisionNode.Kind.APPLICATION)) {
                withApplication.add(app);
            }
        });
        files.stream().filter(f -> !f.test()).forEach(f -> f.remoteCalls().forEach(c -> {
            if (!c.inTest() && (c.function().equals("start_link") || c.function().equals("start"))) {
                startCalls.add(c.toModule());
            }
        }));
    }

    /** {@code supervisor}, a module of application {@code app}, is started by nothing the analysis reads. */
    boolean unstarted(String supervisor, String app) {
        String a = app == null ? "" : app;
        return supervisor != null && modules.containsKey(supervisor) && withApplication.contains(a)
                && !unresolved.containsKey(a)
                && !startCalls.contains(supervisor) && paths.to(supervisor, 1, 64).paths().isEmpty();
    }

    /** The start_child calls of {@code processes} under a supervisor nothing starts, by where they are. */
    Map<Location, StartSite> deadStarts(List<ProcessModule> processes) {
        Map<Location, StartSite> out = new LinkedHashMap<>();
        for (ProcessModule m : processes) {
            for (StartSite s : m.dynamicStarts()) {
                if (s.location() != null && unstarted(supervisorOf(s), m.app())) {
                    out.put(s.location(), s);
                }
            }
        }
        return out;
    }

    /**
     * The supervisor a start_child names: its module, else the name as written; a name registered in a Registry
     * ({@code {:via, Registry, {Shop.Registry, {Downloads, hash}}}}) is not the Registry itself, but a
     * PartitionSupervisor's via names that supervisor.
     */
    static String supervisorOf(StartSite s) {
        io.github.otpadvisor.facts.Target t = s.supervisor();
        if (t == null) {
            return null;
        }
        boolean inRegistry = t.kind() == io.github.otpadvisor.facts.Target.Kind.VIA && t.text() != null
                && !t.text().contains("PartitionSupervisor");
        return t.module() != null && !inRegistry ? t.module() : t.text();
    }
}
