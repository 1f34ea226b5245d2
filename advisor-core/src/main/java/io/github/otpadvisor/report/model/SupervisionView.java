package io.github.otpadvisor.report.model;

import java.util.List;

/**
 * The section "Supervision Tree": where the module sits today and the entry it needs.
 *
 * @param placements    each path from an application root to the module today, as node labels
 *                      ({@code ["ShopCore.Application", "ShopCore.Supervisor", "ShopCore.Cache"]});
 *                      empty when it sits in no tree the analysis found; a path through a shared
 *                      subtree ends {@code ["…", "Shop.Sup [shared]", "… Shop.Cache"]}
 * @param placementsLeftOut how many further paths there are (only the first ones are listed)
 * @param startedBy     other places that start it outside a tree ({@code lib/a.ex:12: GenServer.start_link(...)})
 * @param childrenEntry the Elixir {@code children = [...]} sketch with its restart strategy (parses), or
 *                      null when no process is needed
 * @param note          one sentence on what to change, or null when it already sits where it should
 * @param today         one sentence on how it is supervised today (static under X at file:line, started at
 *                      runtime, outside any supervisor, or not resolved), or null for a planned feature
 */
public record SupervisionView(List<List<String>> placements, int placementsLeftOut, List<String> startedBy,
                              String childrenEntry, String note, String today, List<FailureClaim> failure) {
    /** Places beyond this many are folded into a count ("and N more"). */
    public static final int SHOWN = 5;

    public SupervisionView {
        placements = placements.stream().map(List::copyOf).toList();
        startedBy = List.copyOf(startedBy);
        failure = List.copyOf(failure);
    }

    /** Without {@link #failure}. */
    public SupervisionView(List<List<String>> placements, int placementsLeftOut, List<String> startedBy,
                           String childrenEntry, String note, String today) {
        this(placements, placementsLeftOut, startedBy, childrenEntry, note, today, List.of());
    }

    /** The same section with what a crash costs. */
    public SupervisionView withFailure(List<FailureClaim> claims) {
        return new SupervisionView(placements, placementsLeftOut, startedBy, childrenEntry, note, today, claims);
    }

    /** The first {@link #SHOWN} other start places; the rest are counted by {@link #startedByFolded()}. */
    public List<String> startedByShown() {
        return startedBy.subList(0, Math.min(SHOWN, startedBy.size()));
    }

    public int startedByFolded() {
        return Math.max(0, startedBy.size() - SHOWN);
    }
}
