package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.project.ProcessModule;

/**
 * A behaviour module whose start_link does nothing but return {@code :ignore} (lenra's ApplicationRunner.Storage, a
 * Quantum storage written like Quantum's own no-op one): a supervisor listing it records no process, so no process
 * runs today and its functions already run in their callers. "Plain functions" is then what it is, not a change.
 */
final class IgnoredStart {
    private IgnoredStart() {
    }

    /** Where its start_link is, when that start_link only returns :ignore; else null. */
    static FunctionInfo of(ProcessModule m) {
        ModuleFacts f = m.facts();
        ModuleFacts.StartCode start = f.startLink();
        if (start == null || !":ignore".equals(start.body().strip())) {
            return null;
        }
        return f.functions().stream().filter(fn -> fn.name().equals("start_link")).findFirst().orElse(null);
    }

    /** Today's pattern for the verdict: no process when the start only returns :ignore and none is recommended. */
    static Pattern today(Pattern today, Decision d, ProcessModule m) {
        return !d.processNeeded() && of(m) != null ? Pattern.FUNCTIONS : today;
    }

    /** The decision, saying why no process runs today. */
    static Decision word(Decision d, ProcessModule m) {
        FunctionInfo start = d.processNeeded() ? null : of(m);
        if (start == null) {
            return d;
        }
        return new Decision(false, d.abstraction(), d.placement(), d.decidedBy(), d.rationale() + " Its start_link"
                + " returns :ignore (" + start.location().file() + ":" + start.location().line() + "): a supervisor"
                + " that lists it records no process, so none runs today and its functions already run in their"
                + " callers.");
    }
}
