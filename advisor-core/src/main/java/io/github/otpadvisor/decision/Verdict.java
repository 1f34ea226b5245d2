package io.github.otpadvisor.decision;

/**
 * How today's code compares with the recommendation; the labels are a public interface (JSON
 * {@code verdict}).
 */
public enum Verdict {
    FITS("fits"),
    HEAVIER_THAN_NEEDED("heavier than needed"),
    LIGHTER_THAN_NEEDED("lighter than needed");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Compares the abstraction a module uses today with the recommended worker pattern, by weight:
     * functions, then ETS or a Task, then an Agent, then a GenServer.
     */
    public static Verdict compare(Pattern today, Pattern recommendedWorker) {
        int diff = weight(today) - weight(recommendedWorker);
        return diff == 0 ? FITS : diff > 0 ? HEAVIER_THAN_NEEDED : LIGHTER_THAN_NEEDED;
    }

    private static int weight(Pattern p) {
        return switch (p) {
            case FUNCTIONS -> 0;
            case ETS, TASK, TASK_SUPERVISOR -> 1;
            case AGENT -> 2;
            case GENSERVER, SUPERVISOR, DYNAMIC_SUPERVISOR_REGISTRY, PARTITION_SUPERVISOR -> 3;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
