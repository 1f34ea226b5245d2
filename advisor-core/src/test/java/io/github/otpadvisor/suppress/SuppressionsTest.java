package io.github.otpadvisor.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otpadvisor.elixir.syntax.SourceComment;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static final Set<String> KNOWN = Set.of("OTP001", "OTP002", "OTP005");

    private static Finding finding(String rule, int line) {
        return new Finding(rule, Severity.ERROR, "lib/a.ex", line, 3, "A", "msg", null);
    }

    private static Suppressions parse(SourceComment... comments) {
        return Suppressions.parse("lib/a.ex", List.of(comments), KNOWN);
    }

    @Test
    void disableNextLineSilencesOnlyTheLineBelowAndOnlyTheNamedRules() {
        Suppressions s = parse(new SourceComment(4, 5, " otp-advisor:disable-next-line OTP005 # started by the app"));
        List<Finding> kept = s.apply(List.of(finding("OTP005", 5), finding("OTP005", 6), finding("OTP001", 5)));
        assertEquals(List.of(finding("OTP005", 6), finding("OTP001", 5)), kept);
        assertEquals(List.of(), s.problems());
    }

    @Test
    void withoutRuleIdsEveryRuleIsSilenced() {
        Suppressions s = parse(new SourceComment(1, 1, " otp-advisor:disable-next-line"));
        assertEquals(List.of(), s.apply(List.of(finding("OTP005", 2), finding("OTP001", 2))));
    }

    @Test
    void disableForThisFileSilencesTheNamedRulesEverywhere() {
        Suppressions s = parse(new SourceComment(1, 1, " otp-advisor:disable-for-this-file OTP001 OTP002"));
        List<Finding> kept = s.apply(List.of(finding("OTP001", 10), finding("OTP002", 30), finding("OTP005", 12)));
        assertEquals(List.of(finding("OTP005", 12)), kept);
    }

    @Test
    void unusedAndMalformedSuppressionsAreReportedWithTheirPosition() {
        Suppressions s = parse(
                new SourceComment(3, 3, " otp-advisor:disable-next-line OTP005"),
                new SourceComment(7, 1, " otp-advisor:disable-nxt-line OTP005"),
                new SourceComment(9, 1, " otp-advisor:disable-next-line OTP999"),
                new SourceComment(11, 1, " an ordinary comment about otp-advisor"));
        s.apply(List.of(finding("OTP001", 4)));
        List<SuppressionProblem> problems = s.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(SuppressionProblem.Kind.UNUSED, problems.get(0).kind());
        assertEquals("lib/a.ex:3:3: warning [suppression] unused suppression: no OTP005 finding on the next line",
                problems.get(0).format());
        assertEquals(SuppressionProblem.Kind.MALFORMED, problems.get(1).kind());
        assertEquals(7, problems.get(1).line());
        assertEquals("unknown rule id 'OTP999' in suppression", problems.get(2).message());
    }
}
