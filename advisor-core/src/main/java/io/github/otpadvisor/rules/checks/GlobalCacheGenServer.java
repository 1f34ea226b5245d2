package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.List;

/** Not implemented yet: reports nothing. See {@code OTP004.md}. */
@RuleInfo(id = "OTP004", name = "global-cache-genserver", severity = Severity.ERROR,
        summary = "A singleton GenServer or Agent used as a key-value store: every read waits in one mailbox; ETS serves reads concurrently.")
public final class GlobalCacheGenServer implements Rule {
    @Override
    public List<Finding> check(ProjectFacts project) {
        return List.of();
    }
}
