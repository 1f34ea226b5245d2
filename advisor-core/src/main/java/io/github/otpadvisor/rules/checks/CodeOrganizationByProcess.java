package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * OTP002: each {@code handle_call/3} clause whose reply is computed from the message alone by pure
 * code (no state read, state handed back unchanged, no side effect, only pure library and local
 * functions; see {@code ClauseSummary#pureReply}). See {@code OTP002.md}.
 */
@RuleInfo(id = "OTP002", name = "code-organization-by-process", severity = Severity.ERROR,
        summary = "Call handlers that compute their reply from the message alone: pure computation serialized through one process.")
public final class CodeOrganizationByProcess implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (Assessment a : context.assessments().all()) {
            ProcessModule pm = a.module();
            // remote-node work and serialized I/O are what the process is for, not pure computation (RULEBOOK §3)
            if (pm.test() || pm.abstraction() != Abstraction.GENSERVER || pm.is(Property.REMOTE_NODE_WORK)
                    || pm.is(Property.SERIALIZED_IO)) {
                continue;
            }
            for (ClauseSummary c : pm.facts().clauses("handle_call")) {
                if (!c.pureReply()) {
                    continue;
                }
                String reply = c.replyText() == null ? "" : " (" + shorten(c.replyText()) + ")";
                String message = c.head() + " at line " + c.location().line() + " of " + pm.name()
                        + " computes its reply" + reply + " from the message alone: it does not read the state, "
                        + "hands it back unchanged and calls only pure code. Every caller queues in this process's "
                        + "mailbox for a computation it could run itself, one at a time on one scheduler. "
                        + "Move the computation to a plain function of a module and call it directly"
                        + (c.messageTag() != null ? " (def " + c.messageTag() + "(...))" : "") + ".";
                // About one handler, not the module: its computation becomes a plain function whatever the module stays.
                out.add(ProcessRuleSupport.at(this, pm.file(), c.location(), pm.name(), message, Pattern.FUNCTIONS));
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
