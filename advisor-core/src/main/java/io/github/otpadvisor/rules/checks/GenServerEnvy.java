package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP006.md}. */
@RuleInfo(id = "OTP006", name = "genserver-envy", severity = Severity.WARNING,
        summary = "An Agent or Task doing a GenServer's job: timers, monitors, message handling or a receive loop.")
public final class GenServerEnvy implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
