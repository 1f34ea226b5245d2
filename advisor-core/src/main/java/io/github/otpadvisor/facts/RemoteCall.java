package io.github.otpadvisor.facts;

/**
 * A call to another module's function ({@code MyApp.Cache.get(key)}), first occurrence per caller
 * function; used to find callers of process modules and request paths that reach a start.
 *
 * @param requestContext when the caller handles a request or message (a controller action, a LiveView
 *                       {@code handle_event}, a {@code handle_call}...), says which; else null
 * @param file           where, with {@code line} and {@code column} (not a {@link Location}: a large tree has a
 *                       hundred thousand calls)
 */
public record RemoteCall(String fromModule, String fromFunction, String toModule, String function, int arity,
                         String file, int line, int column, String requestContext, boolean inTest) {
    public RemoteCall(String fromModule, String fromFunction, String toModule, String function, int arity,
                      Location location, String requestContext, boolean inTest) {
        this(fromModule, fromFunction, toModule, function, arity, location.file(), location.line(), location.column(),
                requestContext, inTest);
    }

    /**
     * The module of a call whose receiver picks the Ecto repo at run time ({@code Chain.select_repo(options).one(..)}):
     * a database call, not a library the analysis does not know.
     */
    public static final String COMPUTED_REPO = "Repo";

    public Location location() {
        return new Location(file, line, column);
    }

    /* Not interned here: a file's calls are kept by RemoteCallList, which interns them once. */
}
