package io.github.otpadvisor.rules.checks;

import static io.github.otpadvisor.assess.Words.join;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.Workers;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * OTP003: a GenServer or Agent started per entity through {@code DynamicSupervisor.start_child},
 * whose state is only read or updated one key at a time, with no timeouts, monitors, info handling or
 * owned resources: "Maybe, but consider ETS first". See {@code OTP003.md}.
 */
@RuleInfo(id = "OTP003", name = "process-per-entity", severity = Severity.WARNING,
        summary = "A process per entity whose state is simple get/update with no timeouts, monitors or info handling: consider ETS first.")
public final class ProcessPerEntity implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        for (Assessment a : context.assessments().all()) {
            ProcessModule pm = a.module();
            if (!Workers.analyzable(pm) || pm.dynamicStarts().isEmpty() || !pm.is(Property.PER_ENTITY)
                    || !pm.is(Property.HOLDS_STATE) || !pm.is(Property.SIMPLE_GET_UPDATE)
                    || !Workers.noQ4Reason(pm) || pm.is(Property.ISOLATION_NEED)
                    || !Workers.ownedResources(pm).isEmpty()) {
                continue;
            }
            StartSite start = pm.dynamicStarts().get(0);
            List<String> entity = pm.properties().evidence(Property.PER_ENTITY).stream()
                    .map(ProcessRuleSupport::withLine).toList();
            List<String> ops = pm.properties().evidence(Property.SIMPLE_GET_UPDATE).stream()
                    .map(ProcessRuleSupport::withLine).toList();
            String message = pm.name() + " runs one " + pm.abstraction().label() + " per entity: started through "
                    + CallSiteText.bare(start.call()) + " in " + start.module() + "." + start.function() + " at line "
                    + start.location().line() + " (" + join(entity, 2) + "), yet its state is only read and updated "
                    + "one key at a time (" + join(ops, 4) + "). It has no timer, monitor, handle_info work or owned "
                    + "resource, so each entity costs a process, a mailbox and a Registry entry for what is a row "
                    + "of a table, and every read waits for that process. Consider one ETS table keyed by the "
                    + "entity id (owned by one supervised process, read and written by the callers); keep "
                    + "DynamicSupervisor + Registry for entities with timers, monitors or their own failures.";
            out.add(ProcessRuleSupport.atDeclaration(this, a, message));
        }
        return out;
    }
}
