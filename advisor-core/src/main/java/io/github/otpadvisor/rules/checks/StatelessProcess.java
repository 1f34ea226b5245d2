package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * OTP001: a GenServer or Agent whose state carries nothing between operations (decision Q1), as its
 * assessment finds it ({@code assess.StatelessWorker}). See {@code OTP001.md}.
 */
@RuleInfo(id = "OTP001", name = "stateless-process", severity = Severity.ERROR,
        summary = "A GenServer or Agent whose state carries nothing between operations: plain functions would do.")
public final class StatelessProcess implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (Assessment a : context.assessments().all()) {
            a.stateless().ifPresent(why -> out.add(ProcessRuleSupport.atDeclaration(this, a, why)));
        }
        return out;
    }
}
