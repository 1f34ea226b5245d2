package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Location;

/**
 * How a process module is supervised today (RULEBOOK §2 "supervision"; JSON {@code supervision}).
 *
 * @param status   {@link Status#STATIC}, {@link Status#DYNAMIC}, {@link Status#NONE} or {@link Status#UNKNOWN}
 * @param parent   the supervisor it sits under (a module, or the label of a node such as an application),
 *                 or null for {@code none}/{@code unknown}
 * @param location the children list entry, {@code start_child} call or unsupervised start site that is the
 *                 evidence, or null when there is none
 * @param why      one sentence saying how it was concluded (what an {@code unknown} is missing)
 * @param configuredAt for an {@code unknown} whose start the configuration decides: the config file line that names
 *                 it (its application's children list has an entry read from the configuration), else null
 * @param through  when another module's start function starts it ({@code ReplicationClient.start_link/1 calls its
 *                 start_link}): who and where, as {@code X.start_link/1 (file:line)}; status and parent are then
 *                 that module's; else null
 * @param restartedBy when something other than a supervisor starts it again after a crash (a process that
 *                 monitors it and starts it on {@code :DOWN}, or the process it is linked to, whose own restart
 *                 starts it again): one sentence saying who and where; else null
 */
public record Supervision(Status status, String parent, Location location, String why, Location configuredAt,
                          String through, String restartedBy) {
    public Supervision(Status status, String parent, Location location, String why) {
        this(status, parent, location, why, null, null, null);
    }

    public Supervision(Status status, String parent, Location location, String why, Location configuredAt) {
        this(status, parent, location, why, configuredAt, null, null);
    }

    /**
     * A config file names it, but which children entry starts it is a guess: none of its application's config-read
     * entries names it ({@link Supervisions}: "may start it").
     */
    public boolean configEntryGuessed() {
        return configuredAt != null && why != null && why.contains(Supervisions.MAY_START);
    }

    public enum Status {
        /** A child of a static children list. */
        STATIC("static"),
        /** Started at runtime under a DynamicSupervisor, a Task.Supervisor or through {@code Supervisor.start_child}. */
        DYNAMIC("dynamic"),
        /** Started outside any supervisor. */
        NONE("none"),
        /** Who starts it is not known: its application's tree is not fully resolved, or nothing in the project starts it. */
        UNKNOWN("unknown");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The public spelling (JSON {@code supervision.status}). */
        public String label() {
            return label;
        }
    }
}
