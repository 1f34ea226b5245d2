package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP010.md}. */
@RuleInfo(id = "OTP010", name = "dynamic-supervisor-bottleneck", severity = Severity.INFO,
        summary = "One DynamicSupervisor takes start_child for per-entity children from request paths: partition it.")
public final class DynamicSupervisorBottleneck implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
