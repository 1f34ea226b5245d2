package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectNames;
import io.github.otpadvisor.project.Supervision;
import java.util.Optional;

/**
 * Everything the analyzer concludes about one process module, computed once: the facts it stands on,
 * the framework's answers and decision, the verdict against today's code, where it sits today, the
 * names of the project's Registry/supervisors that advice about it uses, and the judgements behind red
 * flags 1 and 4 and GenServer envy, which feed the answers. Rules, sketches and reports read this; none
 * of them decides again.
 *
 * @param module        the process module with its linked facts and runtime properties
 * @param today         the abstraction it uses today
 * @param answers       the answers derived from its facts
 * @param decision      what the framework recommends: abstraction and placement
 * @param verdict       today's abstraction and placement against the recommendation
 * @param placement     where it sits in the supervision trees today, and who else starts it
 * @param supervision   how it is supervised today (static, dynamic, none, unknown) with parent and evidence
 * @param todayPlacement how it is started and found today, in the placement names of the decision
 * @param names         the Registry/DynamicSupervisor/Task.Supervisor names advice about it uses
 * @param statelessWhy  why its state carries nothing between operations (red flag 1, OTP001), else null
 * @param keyValueStore its key-value store operations when it is one (red flag 4, OTP004), else null
 * @param serverWork    what it does that a GenServer is for when it is an Agent or Task (OTP006), else null
 */
public record Assessment(ProcessModule module, Pattern today, Answers answers, Decision decision, Verdict verdict,
                         Placement placement, ProjectNames names, String statelessWhy, KeyValueStore keyValueStore,
                         ServerWork serverWork, Supervision supervision, TodayPlacement todayPlacement) {
    /**
     * The purpose that keeps its process and answered the questions for it (RULEBOOK §3: refinements come before the
     * questions): a start-up step, serialized I/O, remote-node work; empty when the questions decided on the facts.
     */
    public Optional<io.github.otpadvisor.project.Property> purpose() {
        return Purpose.answering(module.properties(), factAnswers(), decision.processNeeded());
    }

    /** {@link #purpose()} in a report's words (a background queue is no I/O on a shared resource). */
    public Optional<String> purposeLabel() {
        return purpose().map(module.properties()::purposeLabel);
    }

    /** The answers the facts give, before a purpose answers them: from what this assessment holds, as the assessor
     *  made them. */
    public Answers factAnswers() {
        return FactsToAnswers.answers(module.properties(), module.abstraction(), statelessWhy != null,
                keyValueStore != null, serverWork != null);
    }

    public String name() {
        return module.name();
    }

    /** The recommended abstraction (Quick Reference spelling), the one its module-level findings recommend too. */
    public Pattern recommendation() {
        return decision.abstraction();
    }

    /**
     * The same module with another recommendation (sketches of the alternatives, "what if" views), and the verdict
     * of today's code against that one.
     */
    public Assessment withDecision(Decision other) {
        return new Assessment(module, today, answers, other, verdictAgainst(today, todayPlacement, other), placement,
                names, statelessWhy, keyValueStore, serverWork, supervision, todayPlacement);
    }

    /** Today's abstraction and placement against a decision. */
    static Verdict verdictAgainst(Pattern today, TodayPlacement now, Decision d) {
        return Verdict.compare(today, now.placement(), now.known(), d.abstraction(), d.placement());
    }

    public Optional<String> stateless() {
        return Optional.ofNullable(statelessWhy);
    }

    public Optional<KeyValueStore> store() {
        return Optional.ofNullable(keyValueStore);
    }

    public Optional<ServerWork> work() {
        return Optional.ofNullable(serverWork);
    }
}
