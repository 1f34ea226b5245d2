package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP002.md}. */
@RuleInfo(id = "OTP002", name = "code-organization-by-process", severity = Severity.ERROR,
        summary = "Call handlers that compute their reply from the message alone serialize pure computation through one process.")
public final class CodeOrganizationByProcess implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
