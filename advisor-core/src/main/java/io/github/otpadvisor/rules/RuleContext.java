package io.github.otpadvisor.rules;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.Assessments;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.List;

/**
 * What a rule reads: the linked project and the one assessment of each process module. Rules never
 * decide a module themselves; a finding about a module's abstraction recommends what its assessment does.
 */
public record RuleContext(Assessments assessments) {
    public ProjectFacts project() {
        return assessments.project();
    }

    /** The assessments of production process modules whose callbacks are theirs (not test code). */
    public List<Assessment> productionModules() {
        return assessments.all().stream().filter(a -> !a.module().test()).toList();
    }
}
