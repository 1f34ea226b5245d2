package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.RemoteCall;
import java.util.Map;
import java.util.Optional;

/**
 * A process an application's start callback starts by calling the module's own start function
 * ({@code Boss.System.start()} in gristle's {@code Common.Application.start/2}, which then returns
 * {@code {:ok, self()}}): it runs outside the supervision tree the callback returns, linked to the process that
 * ran the callback, and no supervisor restarts it.
 */
public final class ApplicationStarts {
    /** How {@link Supervision#why()} names such a start, after the callback: the report's advice keys on it. */
    public static final String CALLBACK = ".start/2, its application's start callback, ";

    private ApplicationStarts() {
    }

    /** The supervision of a process its application's start callback starts: none. */
    static Supervision supervision(RemoteCall c) {
        return new Supervision(Supervision.Status.NONE, null, c.location(), "started by " + c.fromModule() + CALLBACK
                + "which calls its " + c.function() + " outside the supervision tree it starts: no supervisor"
                + " restarts it");
    }

    /** Whether {@code s} is such a start. */
    public static boolean startedThere(Supervision s) {
        return s.status() == Supervision.Status.NONE && s.why() != null && s.why().contains(CALLBACK);
    }

    /** The call in a {@code use Application} module's {@code start/2} that starts {@code m}, if there is one. */
    public static Optional<RemoteCall> of(ProcessModule m, Map<String, ModuleFacts> modules) {
        return m.callers().stream().filter(c -> !c.inTest() && "start/2".equals(c.fromFunction())
                && (c.function().equals("start_link") || c.function().equals("start"))
                && !c.fromModule().equals(m.name()) && modules.containsKey(c.fromModule())
                && modules.get(c.fromModule()).application()).findFirst();
    }
}
