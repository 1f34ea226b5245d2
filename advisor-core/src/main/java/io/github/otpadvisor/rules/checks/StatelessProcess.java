package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP001.md}. */
@RuleInfo(id = "OTP001", name = "stateless-process", severity = Severity.ERROR,
        summary = "A GenServer or Agent whose state carries nothing between operations: plain functions would do.")
public final class StatelessProcess implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
