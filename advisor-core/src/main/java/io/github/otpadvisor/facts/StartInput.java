package io.github.otpadvisor.facts;

/**
 * A value {@code init/1} (or a local helper it calls) reads that makes one start differ from the next, so a restart
 * does not rebuild the state it had: a fresh value (its own pid turned into data, a reference, the time, a random
 * number or id), or the configuration, which wins over whatever its callbacks changed at runtime.
 *
 * @param text the call as written ({@code Ecto.UUID.generate()}, {@code Application.get_env(:app, :paused)})
 */
public record StartInput(Kind kind, Location location, String text) {
    public enum Kind {
        /** Differs on every start: {@code self()} as data, {@code make_ref()}, the time, random values and ids. */
        FRESH,
        /** Read from the configuration or the environment again on every start. */
        CONFIG
    }
}
