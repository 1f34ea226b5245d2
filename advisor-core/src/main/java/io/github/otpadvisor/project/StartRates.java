package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.StartSite;
import java.util.ArrayList;
import java.util.List;

/** Works out each process module's {@link StartRate} from its starts and the {@link CallPaths}. */
final class StartRates {
    private StartRates() {
    }

    static StartRate of(ProcessModule m, Supervision supervision, CallPaths paths) {
        List<StartSite> sites = new ArrayList<>(m.dynamicStarts());
        for (StartSite s : m.startSites()) {
            if (!s.inOwnStartLink()) {
                sites.add(s);
            }
        }
        sites.removeIf(s -> s.inTest() || s.inScript());
        StartSite human = null;
        CallPaths.RequestPath humanPath = null;
        for (StartSite s : sites) {
            CallPaths.RequestPath p = paths.requestPath(s.module(), s.function());
            if (p != null && !p.humanRate()) {
                return perRequest(s, p);
            }
            if (p != null && human == null) {
                human = s;
                humanPath = p;
            }
        }
        if (human != null) {
            return perRequest(human, humanPath);
        }
        boolean listed = supervision.status() == Supervision.Status.STATIC;
        List<StartSite> runtime = sites.stream().filter(s -> !paths.atBoot(s.module(), s.function())).toList();
        if (runtime.isEmpty() && (listed || !sites.isEmpty())) {
            if (listed) {
                return new StartRate(StartRate.Kind.BOOT, null, false, supervision.location(),
                        "a child of " + supervision.parent() + "'s children list: started with its supervisor");
            }
            StartSite s = sites.get(0);
            return new StartRate(StartRate.Kind.BOOT, null, false, s.location(), "started by " + s.call() + " in "
                    + s.module() + "." + s.function() + ", which runs only at start-up");
        }
        if (!runtime.isEmpty()) {
            StartSite s = runtime.get(0);
            return new StartRate(StartRate.Kind.UNKNOWN, null, false, s.location(), "started by " + s.call() + " in "
                    + s.module() + "." + s.function() + ", which no request path or start-up step reaches");
        }
        return new StartRate(StartRate.Kind.UNKNOWN, null, false, null,
                "no children list, start_child call or start site in the scanned files starts it");
    }

    private static StartRate perRequest(StartSite s, CallPaths.RequestPath p) {
        String call = s.call().replaceFirst("/\\d+$", "");
        return new StartRate(StartRate.Kind.PER_REQUEST, p.text() + " -> " + call, p.humanRate(), s.location(),
                "started from a " + p.entryKind() + ": " + p.text() + " -> " + call);
    }
}
