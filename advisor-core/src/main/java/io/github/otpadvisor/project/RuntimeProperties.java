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
}
