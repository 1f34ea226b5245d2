package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.UseLine;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OTP017: two {@code use} lines of process behaviours in one module ({@code use DynamicSupervisor} then
 * {@code use Task}). Each defines an overridable {@code child_spec/1}; the later one silently replaces the first,
 * so a supervisor listing the module starts it with the wrong type and restart. Reported on the later line when the
 * two specs differ, unless the module defines {@code child_spec/1} itself.
 */
@RuleInfo(id = "OTP017", name = "child-spec-override", severity = Severity.WARNING,
        summary = "Two process behaviours used in one module: the later child_spec/1 silently replaces the first.")
public final class ChildSpecOverride implements Rule {
    /** What each behaviour's generated child_spec/1 says: the type and the restart a supervisor will use. */
    private static final Map<String, String> SPECS = Map.of(
            "GenServer", "type :worker, restart: :permanent",
            "Agent", "type :worker, restart: :permanent",
            "Task", "type :worker, restart: :temporary",
            "Supervisor", "type :supervisor, restart: :permanent, shutdown: :infinity",
            "DynamicSupervisor", "type :supervisor, restart: :permanent, shutdown: :infinity",
            "GenStage", "type :worker, restart: :permanent",
            "GenStateMachine", "type :worker, restart: :permanent",
            "Broadway", "type :supervisor, restart: :permanent");

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (FileFacts file : context.project().productionFiles()) {
            for (ModuleFacts m : file.modules()) {
                if (m.functions().stream().anyMatch(f -> f.key().equals("child_spec/1"))) {
                    continue; // its own child_spec/1 decides, whatever the use lines generate
                }
                UseLine first = null;
                for (UseLine u : m.useLines()) {
                    if (!SPECS.containsKey(u.module())) {
                        continue;
                    }
                    if (first != null && !SPECS.get(first.module()).equals(SPECS.get(u.module()))) {
                        out.add(CallSiteText.finding(this, u.location(), m.name(), message(m, first, u), null));
                    } else if (first == null) {
                        first = u;
                    }
                }
            }
        }
        return out;
    }

    private static String message(ModuleFacts m, UseLine first, UseLine later) {
        return "use " + later.module() + " in " + m.name() + " comes after use " + first.module() + " (line "
                + first.location().line() + "): both define an overridable child_spec/1 and the later one wins without a"
                + " warning, so a supervisor that lists " + m.name() + " starts it with " + later.module() + "'s spec ("
                + SPECS.get(later.module()) + ") instead of " + first.module() + "'s (" + SPECS.get(first.module())
                + "). Keep one process behaviour per module (move the " + later.module() + " part to a module of its"
                + " own), or define child_spec/1 yourself so the spec is the one you mean.";
    }
}
