package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.StartSite;
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
        TodayPlacement now = TodayPlacement.of(m, project.supervision(m), project);
        String stateless = StatelessWorker.of(m, project, now);
        KeyValueStore store = KeyValueStore.of(m);
        ServerWork work = ServerWork.of(m);
        Answers base = FactsToAnswers.answers(m.properties(), abs, stateless != null, store != null, work != null);
        Answers a = Purpose.answers(m.properties(), base);
        io.github.otpadvisor.facts.ChildrenList simple = abs == Abstraction.SUPERVISOR
                ? project.simpleOneForOne(m.name()).orElse(null) : null;
        StartSite added = abs == Abstraction.SUPERVISOR ? project.addedAtRuntime(m.name()).orElse(null) : null;
        if (simple != null || added != null) {
            // its children are started at runtime: Q5's yes, shown with the questions
            a = new Answers(a.stateless(), a.stateBetweenOps(), a.oneOffAsync(), a.simpleGetUpdate(), a.manyReaders(),
                    a.timeoutsMonitorsInfo(), true, a.supervisorBottleneck());
        }
        Decision d = abs.isSupervisor() ? Recommendations.supervisor(abs, a, now, simple, added)
                : ConfiguredPlugin.keep(DirectCallers.keep(Recommendations.refine(Purpose.decision(m.properties(),
                        base, a, DecisionModel.decide(a)), today, now, m), today, m, project), today, m, project);
        d = PerEntityParent.word(d, m, project);
        today = IgnoredStart.today(today, d, m);
        d = IgnoredStart.word(d, m);
        Verdict verdict = Assessment.verdictAgainst(today, now, d);
        return new Assessment(m, today, a, d, verdict, Placement.of(m, project), ProjectNames.of(m, project), stateless,
                store, work, project.supervision(m), now);
    }
}
