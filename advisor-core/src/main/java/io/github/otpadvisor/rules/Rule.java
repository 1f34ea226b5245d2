package io.github.otpadvisor.rules;

import java.util.List;

/**
 * One red flag, checked over the linked facts and the module assessments of a whole project. Implementations are stateless and
 * thread-safe, carry {@link RuleInfo} and report every finding with the rule's default severity
 * (configuration changes severities afterwards).
 */
public interface Rule {
    List<Finding> check(RuleContext context);

    /** The metadata on the implementing class. */
    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }
}
