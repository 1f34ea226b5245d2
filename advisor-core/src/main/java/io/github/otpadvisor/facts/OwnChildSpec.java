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
 */
public record OwnChildSpec(Location location, String restart, String shutdown, String startModule,
                           String maxRestarts) {
    public OwnChildSpec(Location location, String restart, String shutdown) {
        this(location, restart, shutdown, null, null);
    }

    public OwnChildSpec(Location location, String restart, String shutdown, String startModule) {
        this(location, restart, shutdown, startModule, null);
    }
}
