package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Evidence;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every runtime property of one process module, each with evidence (RULEBOOK §2).
 *
 * @param mayDoIo where a module without an isolation need calls code whose effects are not known ({@link
 *                UnknownCalls}): the "no" names them; empty when the need was found
 */
public record RuntimeProperties(String module, Map<Property, PropertyValue> values, List<Evidence> mayDoIo) {
    public RuntimeProperties(String module, Map<Property, PropertyValue> values) {
        this(module, values, List.of());
    }

    public RuntimeProperties {
        mayDoIo = List.copyOf(mayDoIo);
        EnumMap<Property, PropertyValue> copy = new EnumMap<>(Property.class);
        copy.putAll(values);
        for (Property p : Property.values()) {
            copy.putIfAbsent(p, new PropertyValue(false, List.of()));
        }
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean is(Property p) {
        return values.get(p).value();
    }

    public List<Evidence> evidence(Property p) {
        return values.get(p).evidence();
    }

    public PropertyValue get(Property p) {
        return values.get(p);
    }

    /**
     * A cast-only server whose serialized I/O is all background-queue work: its casts run jobs off the callers' path,
     * it owns no shared resource (dara-dots' RpsPlayerQueue).
     */
    public boolean backgroundQueue() {
        return is(Property.SERIALIZED_IO) && evidence(Property.SERIALIZED_IO).stream()
                .allMatch(e -> e.text().contains(Property.BACKGROUND_QUEUE));
    }

    /** The words for purpose {@code p} in a report: a background queue is not I/O on a shared resource. */
    public String purposeLabel(Property p) {
        return p == Property.SERIALIZED_IO && backgroundQueue() ? Property.BACKGROUND_QUEUE : p.label();
    }
}
