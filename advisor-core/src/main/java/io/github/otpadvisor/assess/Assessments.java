package io.github.otpadvisor.assess;

import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.ProjectNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The assessments of a project's process modules, in file order, with the linked project they rest on. */
public final class Assessments {
    private final ProjectFacts project;
    private final Map<String, Assessment> byModule;
    private final List<Assessment> ordered;

    Assessments(ProjectFacts project, List<Assessment> assessments) {
        this.project = project;
        Map<String, Assessment> byName = new LinkedHashMap<>();
        assessments.forEach(a -> byName.putIfAbsent(a.name(), a));
        this.byModule = Map.copyOf(byName);
        this.ordered = List.copyOf(assessments);
    }

    public ProjectFacts project() {
        return project;
    }

    public List<Assessment> all() {
        return ordered;
    }

    /** The assessment of the definition of {@code module} in {@code file} (two same-named modules are two units). */
    public Optional<Assessment> of(String module, String file) {
        return ordered.stream().filter(a -> a.name().equals(module) && a.module().file().equals(file)).findFirst()
                .or(() -> of(module));
    }

    /**
     * The assessment of the definition at {@code file:line}: one file may define a module twice, in the branches of
     * an {@code if Code.ensure_loaded?(...)} (nerves_hub_link's LocalShell). Else as {@link #of(String, String)}.
     */
    public Optional<Assessment> of(String module, String file, int line) {
        return ordered.stream().filter(a -> a.name().equals(module) && a.module().file().equals(file)
                && a.module().facts().location() != null && a.module().facts().location().line() == line).findFirst()
                .or(() -> of(module, file));
    }

    /** The assessment a reference to {@code module} by name resolves to (its first production definition). */
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
