package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;

/** Shared by the module-level rules OTP001-OTP004 and OTP006: where to report and how to word evidence. */
final class ProcessRuleSupport {
    private ProcessRuleSupport() {
    }

    /**
     * A finding on the module's behaviour declaration ({@code use GenServer} / {@code @behaviour}); it
     * recommends what the module's assessment recommends.
     */
    static Finding atDeclaration(Rule rule, Assessment a, String message) {
        ProcessModule pm = a.module();
        Evidence decl = pm.facts().abstractionEvidence();
        Location where = decl != null ? decl.location() : pm.facts().location();
        return at(rule, pm.file(), where, pm.name(), message, a.recommendation());
    }

    static Finding at(Rule rule, String file, Location where, String module, String message, Pattern pattern) {
        return new Finding(rule.info().id(), rule.info().severity(), file, where.line(), where.column(), module,
                message, pattern);
    }

    /** {@code handle_call({:get, key}, ...) at line 14}. */
    static String clauseAt(ClauseSummary c) {
        return c.head() + " at line " + c.location().line();
    }

    /** {@code Agent.update at line 9}. */
    static String sendAt(MessageSend s) {
        return s.kind().label() + " at line " + s.location().line();
    }


    /** An evidence text with its line: {@code "line 12: text"}. */
    static String withLine(Evidence e) {
        return "line " + e.line() + ": " + e.text();
    }
}
