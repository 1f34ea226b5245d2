package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.rules.Rule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every rule the analyzer runs, in id order, and their explanations. */
public final class RuleRegistry {
    private static final List<Rule> RULES = List.of(
            new StatelessProcess(),
            new CodeOrganizationByProcess(),
            new ProcessPerEntity(),
            new GlobalCacheGenServer(),
            new UnsupervisedProcess(),
            new GenServerEnvy(),
            new ScatteredProcessInterface(),
            new DynamicAtomNames(),
            new SendingUnnecessaryData(),
            new DynamicSupervisorBottleneck(),
            new GetOrStartRace(),
            new UnhandledMessage(),
            new BlockingInit(),
            new TestWithoutStartSupervised(),
            new OrphanProcessModule(),
            new EtsOwnerNotSupervised(),
            new ChildSpecOverride(),
            new PermanentNormalStop(),
            new InvalidCallbackReturn());

    /** Asked once per file (its suppression comments are checked against them): made once. */
    private static final Set<String> IDS = RULES.stream().map(r -> r.info().id())
            .collect(Collectors.toUnmodifiableSet());

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return RULES;
    }

    public static Optional<Rule> byId(String id) {
        return RULES.stream().filter(r -> r.info().id().equals(id)).findFirst();
    }

    public static Set<String> ids() {
        return IDS;
    }

}
