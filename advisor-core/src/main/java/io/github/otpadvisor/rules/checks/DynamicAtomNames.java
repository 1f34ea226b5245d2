package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP008.md}. */
@RuleInfo(id = "OTP008", name = "dynamic-atom-names", severity = Severity.ERROR,
        summary = "A process name built as an atom from runtime data: the atom table is never garbage-collected.")
public final class DynamicAtomNames implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
