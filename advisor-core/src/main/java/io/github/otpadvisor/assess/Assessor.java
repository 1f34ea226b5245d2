package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Question;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.ProjectNames;
import java.util.ArrayList;
import java.util.List;

/** Assesses every process module of a linked project once: the only place where modules are decided. */
public final class Assessor {
    private Assessor() {
    }

    public static Assessments assess(ProjectFacts project) {
        List<Assessment> out = new ArrayList<>();
        for (ProcessModule m : project.processModules()) {
            out.add(assess(m, project));
        }
        return new Assessments(project, out);
    }

    static Assessment assess(ProcessModule m, ProjectFacts project) {
        Abstraction abs = m.abstraction();
        Pattern today = TodayPattern.of(abs);
        String stateless = StatelessWorker.of(m, project);
        KeyValueStore store = KeyValueStore.of(m);
        ServerWork work = ServerWork.of(m);
        Answers a = FactsToAnswers.answers(m.properties(), abs, stateless != null, store != null, work != null);
        Decision d;
        Verdict verdict;
        if (abs.isSupervisor()) {
            d = supervisorDecision(abs, a);
            verdict = Verdict.FITS;
        } else {
            d = DecisionModel.decide(a);
            verdict = Verdict.compare(today, d.worker());
        }
        return new Assessment(m, today, a, d, verdict, Placement.of(m, project), ProjectNames.of(m, project), stateless,
                store, work);
    }

    /** Supervisors supervise: the question is which kind (Q5), not whether to hold state. */
    private static Decision supervisorDecision(Abstraction abs, Answers a) {
        boolean dynamic = abs == Abstraction.DYNAMIC_SUPERVISOR;
        Pattern p = dynamic ? (a.supervisorBottleneck() ? Pattern.PARTITION_SUPERVISOR
                : Pattern.DYNAMIC_SUPERVISOR_REGISTRY) : Pattern.SUPERVISOR;
        String why = dynamic
                ? "Its children are started at runtime: a DynamicSupervisor (with a Registry to find them)."
                : "It starts a fixed set of children: a regular Supervisor.";
        return new Decision(true, p, p, p, Question.DYNAMIC_CHILDREN, why);
    }
}
