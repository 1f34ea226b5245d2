package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP003.md}. */
@RuleInfo(id = "OTP003", name = "process-per-entity", severity = Severity.WARNING,
        summary = "A process per entity whose state is simple get/update with no timeouts, monitors or info handling: consider ETS first.")
public final class ProcessPerEntity implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
