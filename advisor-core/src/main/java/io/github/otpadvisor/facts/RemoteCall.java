package io.github.otpadvisor.facts;

/**
 * A call to another module's function ({@code MyApp.Cache.get(key)}), first occurrence per caller
 * function; used to find callers of process modules and request paths that reach a start.
 *
 * @param requestContext when the caller handles a request or message (a controller action, a LiveView
 *                       {@code handle_event}, a {@code handle_call}...), says which; else null
 */
public record RemoteCall(String fromModule, String fromFunction, String toModule, String function, int arity,
                         Location location, String requestContext, boolean inTest) {
    public RemoteCall {
        fromModule = Interned.of(fromModule);
        fromFunction = Interned.of(fromFunction);
        toModule = Interned.of(toModule);
        function = Interned.of(function);
        requestContext = Interned.of(requestContext);
    }
}
