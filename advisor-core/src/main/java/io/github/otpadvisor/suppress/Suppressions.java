package io.github.otpadvisor.suppress;

import io.github.otpadvisor.elixir.syntax.SourceComment;
import io.github.otpadvisor.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credo-style suppression comments of one file:
 * {@code # otp-advisor:disable-next-line [OTP005 ...]} silences the line below,
 * {@code # otp-advisor:disable-for-this-file [OTP001 ...]} the whole file; without rule ids, every rule.
 * A {@code #} after the rule ids starts a free-text reason. Only real comments count (the tokenizer
 * supplies them), never text inside strings.
 */
public final class Suppressions {
    private static final String PREFIX = "otp-advisor:";
    private static final Pattern DIRECTIVE = Pattern.compile("\\s*otp-advisor:(\\S*)(.*)");
    private static final Pattern RULE_ID = Pattern.compile("OTP\\d{3}");

    private final String file;
    private final List<Directive> directives;
    private final List<SuppressionProblem> problems;

    private Suppressions(String file, List<Directive> directives, List<SuppressionProblem> problems) {
        this.file = file;
        this.directives = directives;
        this.problems = problems;
    }

    /** Whether a comment is read as a directive (right or wrong): the only comments {@link #parse} looks at. */
    public static boolean isDirective(SourceComment comment) {
        return comment.text().stripLeading().startsWith(PREFIX);
    }

    /** Reads the directives among a file's comments; {@code knownRules} are the registered rule ids. */
    public static Suppressions parse(String file, List<SourceComment> comments, Set<String> knownRules) {
        List<Directive> directives = new ArrayList<>();
        List<SuppressionProblem> problems = new ArrayList<>();
        for (SourceComment comment : comments) {
            String text = comment.text();
            if (!isDirective(comment)) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(text);
            if (!m.matches()) {
                continue;
            }
            Scope scope = switch (m.group(1)) {
                case "disable-next-line" -> Scope.NEXT_LINE;
                case "disable-for-this-file" -> Scope.FILE;
                default -> null;
            };
            if (scope == null) {
                problems.add(malformed(file, comment, "unknown suppression '" + PREFIX + m.group(1)
                        + "': use otp-advisor:disable-next-line or otp-advisor:disable-for-this-file"));
                continue;
            }
            Set<String> rules = new LinkedHashSet<>();
            boolean valid = true;
            String ids = m.group(2);
            int reason = ids.indexOf('#'); // "... OTP004 # why": the rest is a free-text reason
            if (reason >= 0) {
                ids = ids.substring(0, reason);
            }
            for (String word : ids.trim().split("[\\s,]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (!RULE_ID.matcher(word).matches() || !knownRules.contains(word)) {
                    problems.add(malformed(file, comment, "unknown rule id '" + word + "' in suppression"));
                    valid = false;
                }
                rules.add(word);
            }
            if (valid) {
                directives.add(new Directive(comment, scope, Set.copyOf(rules)));
            }
        }
        return new Suppressions(file, directives, problems);
    }

    private static SuppressionProblem malformed(String file, SourceComment c, String message) {
        return new SuppressionProblem(file, c.line(), c.column(), SuppressionProblem.Kind.MALFORMED, message);
    }

    /** The findings no directive silences; afterwards {@link #problems()} also lists unused directives. */
    public List<Finding> apply(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            boolean silenced = false;
            for (Directive d : directives) {
                if (d.covers(f)) {
                    d.used = true;
                    silenced = true;
                }
            }
            if (!silenced) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** Malformed directives, then (after {@link #apply}) those that silenced nothing, in source order. */
    public List<SuppressionProblem> problems() {
        List<SuppressionProblem> all = new ArrayList<>(problems);
        for (Directive d : directives) {
            if (!d.used) {
                all.add(new SuppressionProblem(file, d.comment.line(), d.comment.column(),
                        SuppressionProblem.Kind.UNUSED, "unused suppression: no "
                        + (d.rules.isEmpty() ? "finding" : String.join("/", d.rules) + " finding")
                        + (d.scope == Scope.FILE ? " in this file" : " on the next line")));
            }
        }
        all.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return all;
    }

    private enum Scope { NEXT_LINE, FILE }

    private static final class Directive {
        final SourceComment comment;
        final Scope scope;
        final Set<String> rules;
        boolean used;

        Directive(SourceComment comment, Scope scope, Set<String> rules) {
            this.comment = comment;
            this.scope = scope;
            this.rules = rules;
        }

        boolean covers(Finding f) {
            boolean ruleMatches = rules.isEmpty() || rules.contains(f.ruleId());
            boolean placeMatches = scope == Scope.FILE || f.line() == comment.line() + 1;
            return ruleMatches && placeMatches;
        }
    }
}
