package io.github.otpadvisor.facts;

import java.util.List;

/**
 * The children a supervisor is started with.
 *
 * @param source      where the list is given
 * @param module      the module that gives it (the supervisor's callback module, or the application)
 * @param function    the function ({@code init/1}, {@code start/2}, {@code start_link/1})
 * @param supervisorName the {@code name:} of the supervisor when given, or null
 * @param strategy    {@code one_for_one}... when given, else null
 * @param maxRestarts {@code max_restarts} when given, else null
 * @param maxSeconds  {@code max_seconds} when given, else null
 * @param autoShutdown {@code auto_shutdown} when given ({@code any_significant}, without the colon), else null
 * @param params      for a {@link Source#TEMPLATE}, the function's parameters in order; else empty
 */
public record ChildrenList(Source source, String module, String function, Location location, NameRef supervisorName,
                           String strategy, String maxRestarts, String maxSeconds, List<ChildSpec> children,
                           String autoShutdown, List<String> params) {
    public ChildrenList {
        children = List.copyOf(children);
        params = params == null ? List.of() : List.copyOf(params);
    }

    public ChildrenList(Source source, String module, String function, Location location, NameRef supervisorName,
                        String strategy, String maxRestarts, String maxSeconds, List<ChildSpec> children,
                        String autoShutdown) {
        this(source, module, function, location, supervisorName, strategy, maxRestarts, maxSeconds, children,
                autoShutdown, List.of());
    }

    /** The same list with other children (a returned list's entries put in place of the call that gives them). */
    public ChildrenList withChildren(List<ChildSpec> other) {
        return new ChildrenList(source, module, function, location, supervisorName, strategy, maxRestarts, maxSeconds,
                other, autoShutdown, params);
    }

    /**
     * {@code c} names the list's own module ({@code %{id: :warmup, start: {__MODULE__, :warmup, [mod]}}} in
     * phoenix's Endpoint.Supervisor): the entry runs one of the supervisor's functions, not a second copy of it.
     */
    public boolean runsOwnFunction(ChildSpec c) {
        return c.module() != null && c.module().equals(module);
    }

    /** Without {@code auto_shutdown}. */
    public ChildrenList(Source source, String module, String function, Location location, NameRef supervisorName,
                        String strategy, String maxRestarts, String maxSeconds, List<ChildSpec> children) {
        this(source, module, function, location, supervisorName, strategy, maxRestarts, maxSeconds, children, null);
    }

    public enum Source {
        /** {@code Supervisor.start_link(children, opts)}. */
        SUPERVISOR_START_LINK,
        /** {@code Supervisor.init(children, opts)} (or the deprecated {@code supervise/2}). */
        SUPERVISOR_INIT,
        /** A literal {@code {:ok, {flags, children}}} returned from {@code init/1}. */
        INIT_RETURN,
        /** {@code Supervisor.start_link} in the {@code start/2} of an Application module. */
        APPLICATION_START,
        /** {@code DynamicSupervisor.init(opts)}: no static children. */
        DYNAMIC_INIT,
        /**
         * The list a public function returns ({@code GamendWeb.HostSupervision.children/1}): no supervisor's until a
         * children list of another module calls the function, where linking puts its entries in place of the call.
         */
        RETURNED,
        /**
         * The one child spec a public function builds from its parameters ({@code CacheHelper.concache_perm_sup(name)}
         * of teiserver: {@code {ConCache, [name: name, ..]}}): no supervisor's; where a children list calls it with
         * literal arguments, linking puts the spec in place of the call, the arguments in place of the parameters.
         */
        TEMPLATE
    }
}
