package io.github.otpadvisor.report.model;

/**
 * The names a planned feature's sketches reuse from the project it is planned for (Elixir source, each null when
 * the project has none): its namespace for the feature's module, and its Registry and supervisors.
 */
public record FeatureNames(String namespace, String registry, String dynamicSupervisor, String taskSupervisor,
                           String partitionSupervisor) {
    /** No project: the sketches use {@code MyApp} names. */
    public static FeatureNames none() {
        return new FeatureNames(null, null, null, null, null);
    }
}
