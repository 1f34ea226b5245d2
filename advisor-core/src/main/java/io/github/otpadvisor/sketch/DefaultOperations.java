package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchInput.Operation.Kind;
import io.github.otpadvisor.sketch.SketchInput.Operation;
import java.util.List;

/** Generic but sensible operations for a pattern, when there is no code to take them from (a planned feature). */
final class DefaultOperations {
    private DefaultOperations() {
    }

    static List<Operation> forShape(SketchPlan.Shape shape, boolean perEntity, String entityId) {
        String id = entityId == null ? "id" : entityId;
        return switch (shape) {
            case FUNCTIONS -> List.of(new Operation("run", 1, Kind.OTHER, List.of("input")));
            case ETS -> List.of(new Operation("get", 1, Kind.READ, List.of("key")),
                    new Operation("put", 2, Kind.WRITE, List.of("key", "value")),
                    new Operation("delete", 1, Kind.WRITE, List.of("key")));
            case AGENT, GENSERVER -> perEntity
                    ? List.of(new Operation("get", 2, Kind.READ, List.of(id, "key")),
                            new Operation("put", 3, Kind.WRITE, List.of(id, "key", "value")))
                    : List.of(new Operation("get", 1, Kind.READ, List.of("key")),
                            new Operation("put", 2, Kind.WRITE, List.of("key", "value")));
            case TASK -> List.of(new Operation("run", 1, Kind.CAST, List.of("job")),
                    new Operation("compute", 1, Kind.CALL, List.of("job")));
            case SUPERVISOR, DYNAMIC_SUPERVISOR -> List.of();
        };
    }
}
