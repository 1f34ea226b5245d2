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

    /** The first start outside tests, scripts and its own start_link, or empty when the scanned files show none. */
    public static Optional<String> of(ProcessModule m) {
        return first(m).map(StartOwner::words);
    }

    /** Where that start is, {@code file:line}, or empty. */
    public static Optional<String> where(ProcessModule m) {
        return first(m).map(s -> s.location().file() + ":" + s.location().line());
    }

    private static Optional<StartSite> first(ProcessModule m) {
        // its own start_link is what a children entry calls: the owner is whoever lists or calls that, not it
        return m.startSites().stream().filter(s -> !s.inTest() && !s.inScript() && !s.inOwnStartLink()
                && s.location() != null).findFirst();
    }

    static String words(StartSite s) {
        String in = s.module() == null ? "" : " in " + s.module() + (s.function() == null ? "" : "." + s.function());
        return "by " + s.call() + in + " (" + s.location().file() + ":" + s.location().line() + ")";
    }
}
