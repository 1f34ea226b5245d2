package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchInput.Operation;
import java.util.Set;

/**
 * What an operation does to a key-value state, which is what ETS, Agent and GenServer sketches need to
 * write its body. Taken from the operation's kind and, where the facts are silent, from its name
 * ({@code delete_session} deletes, {@code get_price} reads).
 */
enum Access {
    /** Reads one key. */
    GET,
    /** Reads the whole state (arity 0). */
    ALL,
    /** Stores a value under a key. */
    PUT,
    /** Removes a key. */
    DELETE,
    /** Empties the state (arity 0). */
    CLEAR,
    /** Adds to a counter. */
    INCREMENT,
    /** Something else: the sketch shows where today's logic goes. */
    WORK;

    private static final Set<String> READS = Set.of("get", "fetch", "lookup", "read", "find", "list", "all", "show",
            "load", "peek", "value", "values", "size", "count", "has", "member", "exists", "contains", "current",
            "stats", "status", "keys", "entries", "items", "is", "price", "balance", "total");
    private static final Set<String> PUTS = Set.of("put", "set", "store", "save", "write", "insert", "add", "update",
            "register", "push", "cache", "track", "record", "upsert", "assign", "replace", "merge", "join");
    private static final Set<String> DELETES = Set.of("delete", "remove", "drop", "evict", "forget", "unregister",
            "del", "erase", "invalidate", "expire", "leave");
    private static final Set<String> CLEARS = Set.of("clear", "reset", "flush", "purge", "wipe");
    private static final Set<String> INCREMENTS = Set.of("incr", "increment", "inc", "bump", "hit");

    /** The kind an operation's name suggests when no message tells ({@link Operation.Kind#OTHER} if none). */
    static Operation.Kind hint(String name) {
        Access a = byName(name);
        if (a == null) {
            return Operation.Kind.OTHER;
        }
        return a == GET ? Operation.Kind.READ : Operation.Kind.WRITE;
    }

    /**
     * The access of an operation with {@code dataArity} arguments besides the entity id: the name's hint
     * when it agrees with the kind, else what the kind says.
     */
    static Access of(Operation.Kind kind, String name, int dataArity) {
        Access named = byName(name);
        boolean reads = kind == Operation.Kind.READ;
        boolean writes = kind == Operation.Kind.WRITE || kind == Operation.Kind.CAST;
        Access a;
        if (named != null && (named == GET ? !writes : !reads)) {
            a = named;
        } else if (reads) {
            a = GET;
        } else if (writes) {
            a = PUT;
        } else {
            a = WORK;
        }
        return fitArity(a, dataArity);
    }

    private static Access fitArity(Access a, int dataArity) {
        return switch (a) {
            case GET, ALL -> dataArity == 0 ? ALL : GET;
            case DELETE, CLEAR -> dataArity == 0 ? CLEAR : DELETE;
            case PUT -> dataArity == 0 ? WORK : PUT;
            default -> a;
        };
    }

    private static Access byName(String name) {
        if (name.endsWith("?")) {
            return GET;
        }
        String[] words = name.replaceAll("[?!]$", "").split("_");
        String first = words.length == 0 ? "" : words[0];
        if (READS.contains(first)) {
            return GET;
        }
        if (DELETES.contains(first)) {
            return DELETE;
        }
        if (CLEARS.contains(first)) {
            return CLEAR;
        }
        if (INCREMENTS.contains(first)) {
            return INCREMENT;
        }
        return PUTS.contains(first) ? PUT : null;
    }
}
