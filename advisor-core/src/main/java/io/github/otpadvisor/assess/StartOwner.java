package io.github.otpadvisor.assess;

import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;
import java.util.Optional;

/**
 * The production call that starts a module's process, in words with its place ({@code by GenServer.start_link/2 in
 * M.start_server/1 (lib/m.ex:11)}): what a report names when the owner that decides its placement is not known,
 * so "not known" points at the code instead of claiming nothing starts it.
 */
public final class StartOwner {
    private StartOwner() {
    }

    /**
     * The first start outside tests, scripts and its own start_link, else the first production call of another
     * module to its own start function; empty when the scanned files show neither.
     */
    public static Optional<String> of(ProcessModule m) {
        Optional<String> start = first(m).map(StartOwner::words);
        return start.isPresent() ? start : caller(m).map(c -> "by " + m.name() + "." + c.function() + "/" + c.arity()
                + " called from " + c.fromModule() + "." + c.fromFunction() + " (" + c.file() + ":" + c.line() + ")");
    }

    /** Where that start is, {@code file:line}, or empty. */
    public static Optional<String> where(ProcessModule m) {
        Optional<String> start = first(m).map(s -> s.location().file() + ":" + s.location().line());
        return start.isPresent() ? start : caller(m).map(c -> c.file() + ":" + c.line());
    }

    /**
     * Another module's production call of the module's own start function (meadow's chat resolver calling
     * {@code Heartbeat.start/3}, which calls {@code GenServer.start}): the start that decides where it runs.
     */
    private static Optional<io.github.otpadvisor.facts.RemoteCall> caller(ProcessModule m) {
        if (m.startSites().stream().noneMatch(s -> s.inOwnStartLink() && !s.inTest())) {
            return Optional.empty();
        }
        return m.callers().stream().filter(c -> !c.inTest() && c.fromModule() != null && c.fromFunction() != null
                && !c.fromModule().equals(m.name()) && !c.fromFunction().startsWith("child_spec/")
                && (c.function().equals("start") || c.function().equals("start_link"))).findFirst();
    }

    private static Optional<StartSite> first(ProcessModule m) {
        // its own start_link is what a children entry calls: the owner is whoever lists or calls that, not it
        return m.startSites().stream().filter(s -> !s.inTest() && !s.inScript() && !s.inOwnStartLink()
                && s.location() != null).findFirst();
    }

    /**
     * How it registers when no fixed name is in view, for the sentence that says whether it may be a singleton:
     * {@code registers the name its caller gives it (name: opts.name, lib/recorder.ex:48)} for a name read from
     * its start's arguments, a per-key name likewise; empty when it registers none the analysis saw.
     */
    public static Optional<String> registration(ProcessModule m) {
        return m.names().stream().filter(n -> !n.lookup() && !n.fixed()).findFirst().map(n -> "registers "
                + (n.perEntity() ? "one name per key" : "the name its caller gives it") + " (name: " + n.text()
                + (n.location() == null ? "" : ", " + n.location().file() + ":" + n.location().line()) + ")");
    }

    static String words(StartSite s) {
        String in = s.module() == null ? "" : " in " + s.module() + (s.function() == null ? "" : "." + s.function());
        return "by " + s.call() + in + " (" + s.location().file() + ":" + s.location().line() + ")";
    }
}
