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
     * @param fields    the fields read ({@code conn.assigns} gives {@code assigns})
     * @param wholeUsed the value itself is used (passed on), not only fields of it
     */
    public record ValueUse(String variable, String why, List<String> fields, boolean wholeUsed) {
        public ValueUse {
            fields = List.copyOf(fields);
        }

        /** Captured whole but only some fields are used: extract them before the closure. */
        public boolean onlyFields() {
            return !wholeUsed && !fields.isEmpty();
        }
    }
}
