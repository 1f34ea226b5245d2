package io.github.otpadvisor.facts;

/**
 * A module's own {@code def child_spec/1}: it replaces the spec {@code use GenServer} (or Agent, Task...) would
 * give, so its {@code restart:} and {@code shutdown:} are the ones a supervisor listing {@code Mod} or
 * {@code {Mod, arg}} uses (RULEBOOK §5, section 6: the restart value in effect).
 *
 * @param location the first clause of {@code child_spec/1}
 * @param restart  the {@code restart:} value it sets ({@code temporary}, without the colon), or null when it sets
 *                 none that could be read
 * @param shutdown the {@code shutdown:} value as written ({@code 10_000}, {@code :brutal_kill}), or null
 * @param startModule the module its {@code start: {M, :start_link, args}} starts when that is another module
 *                 ({@code Reaper.Cache} listing {@code Reaper.Cache.Server}), else null: listing this module starts
 *                 that one
 * @param params   each clause's parameter as written, in order ({@code [init_arguments]},
 *                 {@code [_init_arguments, _gen_server_options] = start_link_arguments}): what {@code {Mod, arg}}
 *                 must match
 */
public record OwnChildSpec(Location location, String restart, String shutdown, String startModule,
                           String maxRestarts, java.util.List<String> params) {
    public OwnChildSpec {
        params = params == null ? java.util.List.of() : java.util.List.copyOf(params);
    }

    /** Without the clauses' parameters. */
    public OwnChildSpec(Location location, String restart, String shutdown, String startModule, String maxRestarts) {
        this(location, restart, shutdown, startModule, maxRestarts, null);
    }

    public OwnChildSpec(Location location, String restart, String shutdown) {
        this(location, restart, shutdown, null, null);
    }

    public OwnChildSpec(Location location, String restart, String shutdown, String startModule) {
        this(location, restart, shutdown, startModule, null);
    }
}
