package io.github.otpadvisor.sketch;

import java.util.List;

/**
 * How today's code starts the module, for a test that starts it the same way and a Supervision Tree that shows
 * today's entry as written: the spec as written, where, the option keys its {@code start_link}/{@code init} cannot
 * start without, and what its {@code start_link} accepts.
 *
 * @param spec         the child spec as written ({@code {Manager, manager_args}}, {@code Buffer.child_spec(..)}), or
 *                     null when no production code starts it through one
 * @param where        {@code file:line} of that spec, or null
 * @param by           who passes it ({@code Supavisor.TenantSupervisor's children}, {@code DynamicSupervisor.start_child
 *                     in Valkyrie.DatasetSupervisor.ensure_started/1}), or null
 * @param requiredKeys the keys it takes with {@code Keyword.fetch!}/{@code Keyword.pop!} from its argument, in order
 * @param entry        its production children entry as written (one line, also when longer than {@link #spec}
 *                     allows), or null
 * @param dynamic      the production {@code DynamicSupervisor.start_child} call that starts it, the whole call as
 *                     written (several lines), or null
 * @param call         a production start call outside any supervisor ({@code GenServer.start(M, %{..})}) as
 *                     written, or null
 * @param arity        what its {@code start_link} accepts, for an entry {@code {M, arg}} (which calls
 *                     {@code start_link(arg)} unless it defines its own child_spec)
 * @param indirect     how another module's code starts it or starts it again, when no entry of its own does
 *                     ({@code by}: {@code started by X.start_link/1 (file:line), ...}, or the monitor that restarts
 *                     it; no text), or null
 */
public record TodayStart(String spec, String where, String by, List<String> requiredKeys, Site entry, Site dynamic,
                         Site call, StartArity arity, Site indirect) {
    public TodayStart(String spec, String where, String by, List<String> requiredKeys, Site entry, Site dynamic,
                      Site call, StartArity arity) {
        this(spec, where, by, requiredKeys, entry, dynamic, call, arity, null);
    }

    public static final TodayStart NONE = new TodayStart(null, null, null, List.of());

    public TodayStart {
        requiredKeys = requiredKeys == null ? List.of() : List.copyOf(requiredKeys);
        arity = arity == null ? StartArity.UNKNOWN : arity;
    }

    /** Without the texts for the Supervision Tree and without what start_link accepts. */
    public TodayStart(String spec, String where, String by, List<String> requiredKeys) {
        this(spec, where, by, requiredKeys, null, null, null, StartArity.UNKNOWN, null);
    }

    /**
     * Code that starts it, as written.
     *
     * @param text  the entry or call as written (a call may span lines, its continuation lines as in the file)
     * @param where {@code file:line}
     * @param by    who writes it ({@code BorsNG.Application's children}, {@code GenServer.start in
     *              Arena.Matchmaking.DeathmatchMode.create_game_for_clients/3})
     * @param key   for a start_child that makes its DynamicSupervisor a bottleneck (OTP010), the entity it starts one
     *              process for as the caller names it ({@code user_id}), the key a partition is picked by; else null
     * @param condition for a children entry listed only under a condition, {@code file:line} of that condition
     *              (logflare's {@code get_children(env)}, whose :test clause leaves it out); else null
     */
    public record Site(String text, String where, String by, String key, String condition) {
        /** The child template of a {@code :simple_one_for_one} supervisor's children (its {@link #by} says so). */
        boolean template() {
            return by != null && by.endsWith(":simple_one_for_one children");
        }

        public Site(String text, String where, String by) {
            this(text, where, by, null, null);
        }

        public Site(String text, String where, String by, String key) {
            this(text, where, by, key, null);
        }
    }

    /** What {@code {M, arg}} would call: {@code M.child_spec(arg)}, which {@code use GenServer} makes call start_link(arg). */
    public enum StartArity {
        /** It defines no start_link and no child_spec of its own: nothing starts it from a children entry. */
        NONE,
        /** Only {@code start_link/0}, and no child_spec of its own: {@code {M, arg}} fails, a map spec is needed. */
        ZERO,
        /** {@code start_link/1} or a child_spec of its own: {@code {M, arg}} works. */
        ONE,
        /** The code does not show it (a macro may define it). */
        UNKNOWN
    }
}
