package io.github.otpadvisor.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's public metadata, on the rule class itself (as error-prone's {@code @BugPattern}); the long
 * explanation lives beside it in {@code io/github/otpadvisor/rules/<id>.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable public id, {@code OTP001}: used in configuration, suppressions, SARIF and docs. */
    String id();

    /** Kebab-case name of the smell, {@code stateless-process}. */
    String name();

    Severity severity();

    /** One sentence: what the rule detects. */
    String summary();
}
