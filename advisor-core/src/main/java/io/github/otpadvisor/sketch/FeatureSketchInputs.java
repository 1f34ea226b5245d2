package io.github.otpadvisor.sketch;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.sketch.SketchInput.InfoMessage;
import java.util.List;

/**
 * Builds a {@link SketchInput} for a planned feature: no code, so the module is named after the feature
 * under {@code MyApp} (or as given when the name already is an alias such as {@code Chat.Rooms}) and the
 * operations are the pattern's generic ones.
 */
final class FeatureSketchInputs {
    private FeatureSketchInputs() {
    }

    static SketchInput of(String featureName, Decision d) {
        String name = featureName == null ? "" : featureName.strip();
        String module = ElixirNames.isAlias(name) && name.contains(".") ? name
                : "MyApp." + ElixirNames.camelize(name);
        String namespace = ElixirNames.firstSegment(module);
        SketchPlan.Shape shape = SketchPlan.shape(d, null);
        boolean perEntity = SketchNames.perEntity(d);
        String entityId = perEntity ? "id" : null;
        // A GenServer is chosen for timers, monitors or messages: per entity, show it expiring when idle
        // (sessions, carts, rooms); a single one, a periodic timer.
        List<InfoMessage> infos = shape != SketchPlan.Shape.GENSERVER ? List.of()
                : perEntity ? List.of(new InfoMessage("timeout", false)) : List.of(new InfoMessage("tick", true));
        return new SketchInput(module, d, null, DefaultOperations.forShape(shape, perEntity, entityId), null, null,
                namespace, null, null, null, null, null, entityId, infos, List.of(), null, null);
    }
}
