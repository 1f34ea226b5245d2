package io.github.otpadvisor.assess;

import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.ProjectNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The assessments of a project's process modules, in file order, with the linked project they rest on. */
public final class Assessments {
    private final ProjectFacts project;
    private final Map<String, Assessment> byModule;
    private final List<Assessment> ordered;

    Assessments(ProjectFacts project, Map<String, Assessment> byModule) {
        this.project = project;
        this.byModule = Map.copyOf(byModule);
        this.ordered = List.copyOf(byModule.values());
    }

    public ProjectFacts project() {
        return project;
    }

    public List<Assessment> all() {
        return ordered;
    }

    public Optional<Assessment> of(String module) {
        return module == null ? Optional.empty() : Optional.ofNullable(byModule.get(module));
    }

    /**
     * The names advice about code in {@code module} (of application {@code app}) uses: the module's own
     * assessment's when it is a process module, so a finding and that module's sketch name the same ones.
     */
    public ProjectNames namesAround(String module, String app) {
        return of(module).map(Assessment::names).orElseGet(() -> ProjectNames.around(module, app, project));
    }
}
