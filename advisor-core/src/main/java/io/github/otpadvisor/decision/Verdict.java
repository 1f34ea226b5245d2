package io.github.otpadvisor.decision;

/**
 * How today's code compares with the recommendation, on both parts (RULEBOOK §3); the labels are a
 * public interface (JSON {@code verdict}).
 */
public enum Verdict {
    /** Both the abstraction and the placement match. */
    FITS("fits"),
    /** A process where functions or ETS would do, or a process where a one-off Task would do. */
    HEAVIER_THAN_NEEDED("heavier than needed"),
    /** An Agent or Task doing a GenServer's job, or a Task keeping state. */
    LIGHTER_THAN_NEEDED("lighter than needed"),
    /** Same weight, simpler form: a GenServer whose state an Agent holds as well. */
    SIMPLER_ALTERNATIVE("simpler alternative"),
    /** The right abstraction, started or found the wrong way. */
    PLACEMENT_DIFFERS("placement differs");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Compares today's abstraction and placement with the recommended ones. The abstraction decides
     * first; the placement only when the abstractions match and today's placement is known
     * ({@code todayKnown} false: the project does not show how it is started, so nothing is claimed).
     *
     * @param today            the abstraction in use
     * @param todayPlacement   how it is started today, null when it is started outside any supervisor
     * @param todayKnown       whether {@code todayPlacement} is known
     * @param recommended      the recommended abstraction
     * @param recommendedPlacement the recommended placement, null when no process is needed
     */
    public static Verdict compare(Pattern today, Placement todayPlacement, boolean todayKnown, Pattern recommended,
                                  Placement recommendedPlacement) {
        if (today != recommended) {
            return compareAbstractions(today, recommended);
        }
        if (!todayKnown || recommendedPlacement == null || todayPlacement == recommendedPlacement) {
            return FITS;
        }
        return PLACEMENT_DIFFERS;
    }

    /**
     * Two different abstractions: a lighter recommendation is "heavier than needed" when no process of its
     * own is needed (Functions, ETS) or when a one-off Task would do, and a "simpler alternative" between
     * processes of the same weight (GenServer or gen_statem -> Agent); a heavier one is "lighter than needed".
     */
    public static Verdict compareAbstractions(Pattern today, Pattern recommended) {
        int diff = weight(today) - weight(recommended);
        if (diff == 0) {
            return today == recommended ? FITS : SIMPLER_ALTERNATIVE;
        }
        if (diff < 0) {
            return LIGHTER_THAN_NEEDED;
        }
        return recommended == Pattern.AGENT && weight(today) == weight(Pattern.GENSERVER) ? SIMPLER_ALTERNATIVE
                : HEAVIER_THAN_NEEDED;
    }

    private static int weight(Pattern p) {
        return switch (p) {
            case FUNCTIONS -> 0;
            case ETS -> 1;
            case TASK, TASK_SUPERVISOR -> 2;
            case AGENT -> 3;
            case GENSERVER, GEN_STATEM -> 4;
            case SUPERVISOR, DYNAMIC_SUPERVISOR, DYNAMIC_SUPERVISOR_REGISTRY, PARTITION_SUPERVISOR -> 5;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
