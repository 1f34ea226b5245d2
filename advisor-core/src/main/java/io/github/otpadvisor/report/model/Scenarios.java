package io.github.otpadvisor.report.model;

import io.github.otpadvisor.decision.Answers;
import java.util.Locale;

/**
 * Recognises the seed's "Common Scenarios" in a planned feature's answers (and, as a hint, its name and
 * description): a rate limiter, a cache, per-entity simple state (red flag 3), a background job, user sessions,
 * a connection pool. The first that fits wins; null when none does.
 */
final class Scenarios {
    private Scenarios() {
    }

    static ScenarioView of(Answers a, String feature, String description, FeatureNames names) {
        String words = ((feature == null ? "" : feature) + " " + (description == null ? "" : description))
                .toLowerCase(Locale.ROOT);
        boolean saysRate = words.matches("(?s).*\\b(rate[ -]?limit\\w*|throttl\\w*)\\b.*");
        if (a.stateless()) {
            return null;
        }
        if (saysRate || a.stateBetweenOps() && a.manyReaders() && a.timeoutsMonitorsInfo()) {
            return new ScenarioView("Rate limiting", "ETS + GenServer cleanup",
                    "Keep the counters in a public ETS table that callers bump themselves with :ets.update_counter/4 "
                            + "(no process in the request path), and one GenServer that owns the table and deletes "
                            + "expired windows on a timer (Process.send_after/3 in init/1 and handle_info/2).");
        }
        if (a.stateBetweenOps() && a.simpleGetUpdate() && a.dynamicChildren()) {
            return new ScenarioView("Per-entity simple state", "consider ETS first (red flag 3)",
                    "\"Every user needs their own process\": maybe, but consider ETS first. Simple get/update per "
                            + "entity fits one table keyed by the entity's id, owned by one process in the tree; a "
                            + "process per entity pays off only with timers, monitors or isolation of its own.");
        }
        if (a.stateBetweenOps() && a.simpleGetUpdate() && (a.manyReaders() || words.contains("cache"))) {
            return new ScenarioView("Cache", "ETS",
                    "Many readers, no coordination: readers go to the table directly (read_concurrency: true); "
                            + "one process in the supervision tree owns it, so the table lives as long as the "
                            + "application and is created again, empty, if its owner restarts.");
        }
        if (!a.stateBetweenOps() && a.oneOffAsync()) {
            String sup = names.taskSupervisor() != null ? names.taskSupervisor() + " (the project's own)"
                    : "a Task.Supervisor added to the application's children";
            return new ScenarioView("Background job", "Task.Supervisor",
                    "No long-lived state: run each job with Task.Supervisor.start_child/2 (or async_nolink/2 when "
                            + "the caller wants the result) under " + sup + ", never a bare Task.start.");
        }
        if (a.stateBetweenOps() && a.dynamicChildren()) {
            return new ScenarioView("User sessions", "DynamicSupervisor + Registry",
                    "Dynamic and isolated: one process per entity under a DynamicSupervisor, found by id through a "
                            + "Registry" + (names.registry() != null ? " (the project's " + names.registry() + ")" : "")
                            + "; a crash takes down only that entity's state.");
        }
        if (a.stateBetweenOps() && a.timeoutsMonitorsInfo() && words.matches("(?s).*\\b(pool|connection)s?\\b.*")) {
            return new ScenarioView("Connection pool", "GenServer",
                    "Coordination and monitors: a GenServer that checks connections out, monitors each borrower "
                            + "and takes the connection back on its :DOWN.");
        }
        return null;
    }
}
