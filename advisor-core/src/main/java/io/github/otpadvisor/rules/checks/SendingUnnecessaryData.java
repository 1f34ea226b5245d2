package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP009.md}. */
@RuleInfo(id = "OTP009", name = "sending-unnecessary-data", severity = Severity.WARNING,
        summary = "A closure or message copies a whole large value to another process while only some fields are used.")
public final class SendingUnnecessaryData implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
