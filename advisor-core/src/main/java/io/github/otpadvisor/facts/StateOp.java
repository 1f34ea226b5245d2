package io.github.otpadvisor.facts;

/**
 * One thing a callback clause does with its state variable.
 *
 * @param kind what kind of operation
 * @param key  the key when it is a literal ({@code :items}), the printed key expression otherwise, or null
 * @param text the expression as written (shortened)
 */
public record StateOp(Kind kind, String key, Location location, String text) {
    public enum Kind {
        /** {@code Map.get/fetch}, {@code state.key}, {@code state[key]}, {@code Keyword.get}. */
        GET,
        /** {@code Map.put/merge}, {@code %{state | k: v}}, {@code Keyword.put}. */
        PUT,
        /** {@code Map.update}, {@code update_in}, {@code state + 1}. */
        UPDATE,
        /** {@code Map.delete/pop}, {@code Keyword.delete}. */
        DELETE,
        /** The state is replaced by a value that does not derive from it. */
        REPLACE,
        /** Anything else: passed to a function, pattern matched, enumerated... */
        OTHER;

        public boolean simple() {
            return this != OTHER;
        }
    }
}
