package io.github.otpadvisor.sketch;

import java.util.List;

/**
 * How today's code starts the module, for a test that starts it the same way: the spec as written, where, and
 * the option keys its {@code start_link}/{@code init} cannot start without.
 *
 * @param spec         the child spec as written ({@code {Manager, manager_args}}, {@code Buffer.child_spec(..)}), or
 *                     null when no production code starts it through one
 * @param where        {@code file:line} of that spec, or null
 * @param by           who passes it ({@code Supavisor.TenantSupervisor's children}, {@code DynamicSupervisor.start_child
 *                     in Valkyrie.DatasetSupervisor.ensure_started/1}), or null
 * @param requiredKeys the keys it takes with {@code Keyword.fetch!} from its argument, in order
 */
public record TodayStart(String spec, String where, String by, List<String> requiredKeys) {
    public static final TodayStart NONE = new TodayStart(null, null, null, List.of());

    public TodayStart {
        requiredKeys = requiredKeys == null ? List.of() : List.copyOf(requiredKeys);
    }
}
