package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP007.md}. */
@RuleInfo(id = "OTP007", name = "scattered-process-interface", severity = Severity.WARNING,
        summary = "Messages to a named process sent from outside the module that defines it, bypassing its public API.")
public final class ScatteredProcessInterface implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
