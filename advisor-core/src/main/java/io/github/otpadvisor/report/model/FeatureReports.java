package io.github.otpadvisor.report.model;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.sketch.ElixirSketches;
import io.github.otpadvisor.sketch.SketchInput;
import java.util.List;

/**
 * The seed's original use: a decision report for a planned feature, from a person's answers to the
 * five questions, no code involved. It fills the same {@link ModuleReport} as a module's report, with no
 * file, evidence or findings (the answers are the evidence), so one template renders both.
 */
public final class FeatureReports {
    private FeatureReports() {
    }

    /**
     * @param feature     the feature's name ({@code "User sessions"})
     * @param description what it needs, in the person's words, or null
     * @param answers     the person's answers
     */
    public static ModuleReport forFeature(String feature, String description, Answers answers) {
        return forFeature(feature, description, answers, FeatureNames.none());
    }

    /**
     * The same, for a feature planned in a project: its module goes into the project's namespace and its sketches
     * reuse the project's Registry and supervisors ({@code names}).
     */
    public static ModuleReport forFeature(String feature, String description, Answers answers, FeatureNames names) {
        Decision d = DecisionModel.decide(answers);
        SketchInput sketch = inProject(SketchInput.forFeature(feature, d), names);
        String requirement = (description != null && !description.isBlank() ? description.strip()
                : "The planned feature \"" + feature + "\", as described by the answers to the framework's questions.")
                + " The sketches below call its module " + sketch.moduleName() + ".";
        List<ContextAnswer> context = List.of(
                new ContextAnswer("Does this need concurrency?", answers.oneOffAsync() || answers.dynamicChildren(),
                        answers.oneOffAsync() ? "work runs asynchronously beside its caller"
                                : answers.dynamicChildren() ? "one process per entity runs beside the others"
                                : "no async work and no per-entity processes were named", List.of()),
                new ContextAnswer("Does this need isolation?", answers.dynamicChildren(),
                        answers.dynamicChildren() ? "one entity's crash must not take the others down"
                                : "nothing was named whose crash must be contained on its own", List.of()),
                new ContextAnswer("Does this need shared state?", answers.stateBetweenOps(),
                        answers.stateBetweenOps() ? "state must survive between operations"
                                : "nothing must survive between operations", List.of()),
                new ContextAnswer("Is this stateless?", answers.stateless(),
                        answers.stateless() ? "it is a computation on its inputs" : "it keeps or coordinates something",
                        List.of()));
        RecommendationView rec = new RecommendationView(d.processNeeded(), d.abstraction().label(),
                d.placement() == null ? null : d.placement().label(), d.decidedBy().toString(), d.rationale(), "-",
                null, "-", Steps.of(answers, d.decidedBy(), d.processNeeded()));
        String entry = ElixirSketches.childrenEntry(sketch);
        SupervisionView supervision = new SupervisionView(List.of(), 0, List.of(), entry,
                d.processNeeded() ? null : Placements.note(false, entry != null, false, false), null,
                FeatureFailures.of(d, names));
        return new ModuleReport(feature, Slugs.sanitize(feature), null, 0, null, "-", requirement, context,
                rec, ElixirSketches.implementation(sketch), supervision, ElixirSketches.testSketch(sketch), List.of(),
                null);
    }

    /** The seed's Common Scenario the answers (and, as a hint, the feature's words) describe, or null. */
    public static ScenarioView scenario(Answers answers, String feature, String description, FeatureNames names) {
        return Scenarios.of(answers, feature, description, names);
    }

    /** The feature's sketch input with the project's namespace and names where it has them. */
    private static SketchInput inProject(SketchInput s, FeatureNames n) {
        if (n.namespace() == null) {
            return s;
        }
        String module = s.moduleName().startsWith("MyApp.") ? n.namespace() + s.moduleName().substring(5)
                : s.moduleName();
        return new SketchInput(module, s.decision(), s.today(), s.operations(), s.registeredName(), s.etsTable(),
                n.namespace(), n.registry(), n.dynamicSupervisor(), n.taskSupervisor(), n.partitionSupervisor(),
                s.strategy(), s.entityId(), s.infoMessages(), s.children(), s.ownStrategy(), s.dynamicChild());
    }
}
