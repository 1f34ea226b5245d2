package io.github.otpadvisor.facts;

import java.util.List;

/**
 * An anonymous function given to {@code spawn*} or {@code Task.*}: which outer variables it captures
 * (RULEBOOK OTP009).
 *
 * @param captured    variables used in the closure but bound outside it
 * @param largeValues of those, the large ones ({@code conn}, {@code socket}, {@code state}, structs) and how
 *                    the closure uses them
 * @param receiveLoop the closure runs a {@code receive} (itself or through a local recursive function)
 */
public record Closure(Location location, List<String> captured, List<ValueUse> largeValues, boolean receiveLoop) {
    public Closure {
        captured = List.copyOf(captured);
        largeValues = List.copyOf(largeValues);
    }

    /**
     * How a closure uses a large value.
     *
     * @param variable  its name
     * @param why       why it counts as large ({@code Plug.Conn}, {@code socket}, {@code struct %MyApp.User{}})
     * @param fields    the fields read ({@code conn.assigns} gives {@code assigns}; a closure's keeps the whole
     *                  dotted path: {@code conn.assigns.user_id} gives {@code assigns.user_id})
     * @param wholeUsed the value itself is used (passed on), not only fields of it
     * @param shape     every field the value is known to have (its module's {@code defstruct}, the keys of the
     *                  map {@code init/1} returns); empty when unknown
     * @param growing   of those, the ones its module grows (elements added to the collection they hold)
     */
    public record ValueUse(String variable, String why, List<String> fields, boolean wholeUsed, List<String> shape,
                           List<String> growing) {
        public ValueUse {
            fields = List.copyOf(fields);
            shape = List.copyOf(shape);
            growing = List.copyOf(growing);
        }

        public ValueUse(String variable, String why, List<String> fields, boolean wholeUsed) {
            this(variable, why, fields, wholeUsed, List.of(), List.of());
        }

        /** The top-level fields read ({@code assigns} for {@code conn.assigns.user_id}). */
        public List<String> topFields() {
            return fields.stream().map(f -> f.contains(".") ? f.substring(0, f.indexOf('.')) : f).distinct().toList();
        }

        /** Captured whole but only some fields are used: extract them before the closure. */
        public boolean onlyFields() {
            return !wholeUsed && !fields.isEmpty();
        }
    }
}
