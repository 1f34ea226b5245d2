package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Supervision;

/**
 * A static child of a supervisor that is itself started per entity at runtime (hedgehog's Naive.Leader under each
 * symbol's Naive.SymbolSupervisor) is not "started once": one runs in each such supervisor. The placement stays a
 * static child (a subtree started per entity keeps its children static); the rationale says how many there are.
 */
final class PerEntityParent {
    /** Levels of static parents climbed to find one started at runtime. */
    private static final int DEPTH = 4;

    private PerEntityParent() {
    }

    static Decision word(Decision d, ProcessModule m, ProjectFacts project) {
        if (d.placement() != Placement.STATIC_CHILD || !d.rationale().contains(DecisionModel.STATIC_WHY)) {
            return d;
        }
        Supervision s = project.supervision(m);
        String parent = s.status() == Supervision.Status.STATIC ? s.parent() : null;
        String owner = parent;
        for (int i = 0; owner != null && i < DEPTH; i++) {
            Supervision up = project.processModule(owner).map(project::supervision).orElse(null);
            if (up == null) {
                return d; // the application's own tree, or a library's supervisor: started once
            }
            if (up.status() == Supervision.Status.DYNAMIC) {
                String at = up.location() == null ? "" : " (" + up.location().file() + ":" + up.location().line() + ")";
                String under = owner.equals(parent) ? "" : ", inside " + owner;
                return new Decision(d.processNeeded(), d.abstraction(), d.placement(), d.decidedBy(),
                        d.rationale().replace(DecisionModel.STATIC_WHY, " It is a static child of " + parent + under
                                + ", which is started at runtime" + (up.parent() == null ? "" : " under " + up.parent())
                                + at + ", once per entity: one runs in each, not one for the whole application."));
            }
            owner = up.status() == Supervision.Status.STATIC ? up.parent() : null;
        }
        return d;
    }
}
