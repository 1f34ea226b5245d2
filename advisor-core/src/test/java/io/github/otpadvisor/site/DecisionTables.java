package io.github.otpadvisor.site;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Question;
import io.github.otpadvisor.decision.Verdict;
import java.util.List;

/**
 * The decision framework page's tables, computed by the decision model itself ({@link DecisionModel#decide}),
 * so the page shows what the analyzer and the {@code decide} goal answer, not a copy that can drift.
 */
final class DecisionTables {
    /** A common situation, the answers a person would give for it, and what the seed says it needs. */
    record Scenario(String situation, String seed, Answers answers) {
    }

    /** The seed's Quick Reference and Common Scenarios, each as answers to the five questions. */
    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("Stateless computation (price rules, formatting)", "Functions",
                    Answers.builder().stateless(true).build()),
            new Scenario("Simple get/set state of one owner (a counter, a flag)", "Agent",
                    Answers.builder().stateBetweenOps(true).simpleGetUpdate(true).build()),
            new Scenario("Fast key-value lookups, a cache read by many callers", "ETS",
                    Answers.builder().stateBetweenOps(true).simpleGetUpdate(true).manyReaders(true).build()),
            new Scenario("Complex state and coordination (a connection pool: monitors, timers)", "GenServer",
                    Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true).build()),
            new Scenario("One-off async work, a background job", "Task (Task.Supervisor)",
                    Answers.builder().oneOffAsync(true).build()),
            new Scenario("User sessions, one process per user started at runtime", "DynamicSupervisor + Registry",
                    Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true).dynamicChildren(true).build()),
            new Scenario("Per-entity processes started from many request paths at once", "PartitionSupervisor",
                    Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true).dynamicChildren(true)
                            .supervisorBottleneck(true).build()),
            new Scenario("State beyond get/update, but no timers, monitors or messages", "Agent",
                    Answers.builder().stateBetweenOps(true).build()));

    /** Today's code against a recommendation, as the assessment compares them. */
    record Comparison(Pattern today, Placement todayPlacement, boolean todayKnown, Pattern recommended,
                      Placement recommendedPlacement) {
    }

    static final List<Comparison> COMPARISONS = List.of(
            new Comparison(Pattern.GENSERVER, Placement.STATIC_CHILD, true, Pattern.GENSERVER, Placement.STATIC_CHILD),
            new Comparison(Pattern.GENSERVER, Placement.STATIC_CHILD, true, Pattern.FUNCTIONS, null),
            new Comparison(Pattern.GENSERVER, Placement.STATIC_CHILD, true, Pattern.ETS, null),
            new Comparison(Pattern.AGENT, Placement.STATIC_CHILD, true, Pattern.GENSERVER, Placement.STATIC_CHILD),
            new Comparison(Pattern.TASK, null, true, Pattern.GENSERVER, Placement.STATIC_CHILD),
            new Comparison(Pattern.GENSERVER, Placement.STATIC_CHILD, true, Pattern.AGENT, Placement.STATIC_CHILD),
            new Comparison(Pattern.GENSERVER, Placement.STATIC_CHILD, true, Pattern.GENSERVER,
                    Placement.DYNAMIC_SUPERVISOR_REGISTRY),
            new Comparison(Pattern.GENSERVER, null, false, Pattern.GENSERVER, Placement.DYNAMIC_SUPERVISOR_REGISTRY));

    private DecisionTables() {
    }

    /** The five questions, numbered and worded as the model asks them. */
    static String questions() {
        StringBuilder md = new StringBuilder();
        for (Question q : Question.values()) {
            md.append(q.number()).append(". **").append(Markdown.inline(q.text())).append("**\n");
        }
        return md.toString();
    }

    /** One row per comparison: the verdict {@link Verdict#compare} gives. */
    static String verdicts() {
        StringBuilder md = new StringBuilder();
        md.append("| Today | Recommended | Verdict |\n|---|---|---|\n");
        for (Comparison c : COMPARISONS) {
            Verdict v = Verdict.compare(c.today(), c.todayPlacement(), c.todayKnown(), c.recommended(),
                    c.recommendedPlacement());
            md.append("| ").append(Markdown.inline(describe(c.today(), c.todayPlacement(), c.todayKnown())))
                    .append(" | ").append(Markdown.inline(describe(c.recommended(), c.recommendedPlacement(), true)))
                    .append(" | **").append(Markdown.inline(v.label())).append("** |\n");
        }
        return md.toString();
    }

    private static String describe(Pattern abstraction, Placement placement, boolean known) {
        if (!known) {
            return abstraction.label() + ", started in a way the project does not show";
        }
        if (placement == null) {
            return abstraction.label() + (abstraction.isProcess() ? ", started outside any supervisor" : "");
        }
        return abstraction.label() + (placement == Placement.STATIC_CHILD ? " as a " : " under ") + placement.label();
    }

    /** One row per scenario: the answers given, the model's decision, the question that settled it. */
    static String scenarios() {
        StringBuilder md = new StringBuilder();
        md.append("| Situation | Answers given (yes) | Decision | Process? | Settled by | Seed says |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Scenario s : SCENARIOS) {
            Decision d = DecisionModel.decide(s.answers());
            md.append("| ").append(Markdown.inline(s.situation()))
                    .append(" | ").append(yesAnswers(s.answers()))
                    .append(" | **").append(Markdown.inline(d.summary())).append("**")
                    .append(" | ").append(d.processNeeded() ? "yes" : "no")
                    .append(" | Q").append(d.decidedBy().number())
                    .append(" | ").append(Markdown.inline(s.seed())).append(" |\n");
        }
        return md.toString();
    }

    /** The answers set to yes, by the names the {@code decide} goal and command take. */
    static String yesAnswers(Answers a) {
        StringBuilder out = new StringBuilder();
        add(out, a.stateless(), "stateless");
        add(out, a.stateBetweenOps(), "state");
        add(out, a.oneOffAsync(), "one-off-async");
        add(out, a.simpleGetUpdate(), "simple-get-update");
        add(out, a.manyReaders(), "many-readers");
        add(out, a.timeoutsMonitorsInfo(), "timeouts-monitors-info");
        add(out, a.dynamicChildren(), "dynamic-children");
        add(out, a.supervisorBottleneck(), "bottleneck");
        return out.length() == 0 ? "none" : out.toString();
    }

    private static void add(StringBuilder out, boolean yes, String name) {
        if (yes) {
            out.append(out.length() == 0 ? "" : ", ").append(Markdown.code(name));
        }
    }
}
