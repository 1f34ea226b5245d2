package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP005.md}. */
@RuleInfo(id = "OTP005", name = "unsupervised-process", severity = Severity.ERROR,
        summary = "A long-lived process started outside any supervision tree.")
public final class UnsupervisedProcess implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
