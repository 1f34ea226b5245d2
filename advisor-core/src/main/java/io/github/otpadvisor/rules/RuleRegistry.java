package io.github.otpadvisor.rules;

import io.github.otpadvisor.rules.checks.CodeOrganizationByProcess;
import io.github.otpadvisor.rules.checks.DynamicAtomNames;
import io.github.otpadvisor.rules.checks.DynamicSupervisorBottleneck;
import io.github.otpadvisor.rules.checks.GenServerEnvy;
import io.github.otpadvisor.rules.checks.GlobalCacheGenServer;
import io.github.otpadvisor.rules.checks.ProcessPerEntity;
import io.github.otpadvisor.rules.checks.ScatteredProcessInterface;
import io.github.otpadvisor.rules.checks.SendingUnnecessaryData;
import io.github.otpadvisor.rules.checks.StatelessProcess;
import io.github.otpadvisor.rules.checks.UnsupervisedProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
            new DynamicSupervisorBottleneck());

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return RULES;
    }

    public static Optional<Rule> byId(String id) {
        return RULES.stream().filter(r -> r.info().id().equals(id)).findFirst();
    }

    public static Set<String> ids() {
        return RULES.stream().map(r -> r.info().id()).collect(Collectors.toUnmodifiableSet());
    }

    /** The rule's Markdown explanation (problem, runtime impact, refactoring, examples), if shipped. */
    public static Optional<String> explanation(String id) {
        try (InputStream in = RuleRegistry.class.getResourceAsStream(id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
