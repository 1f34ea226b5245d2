package io.github.otpadvisor.facts;

/**
 * Whom a message or call is aimed at.
 *
 * @param kind   what the target is
 * @param module for {@link Kind#MODULE}, the resolved module ({@code __MODULE__} resolved); for via
 *               targets, the registry; for a {@link Kind#VARIABLE}, the module whose process the pid comes from
 *               when the code says ({@code pid = Tracker.pid(id)}, {@code case Tracker.pid(id) do pid -> ..},
 *               {@code GenServer.whereis(Tracker)}); else null
 * @param text   the target as written
 */
public record Target(Kind kind, String module, String text) {
    public enum Kind {
        /** A module name used as registered name ({@code __MODULE__}, {@code MyApp.Cache}). */
        MODULE,
        /** {@code self()}. */
        SELF,
        /** A variable (a pid, a server argument). */
        VARIABLE,
        /** A literal atom name. */
        ATOM,
        /** {@code {:via, ...}}. */
        VIA,
        /** {@code {:global, ...}}. */
        GLOBAL,
        /** Anything else. */
        OTHER
    }
}
