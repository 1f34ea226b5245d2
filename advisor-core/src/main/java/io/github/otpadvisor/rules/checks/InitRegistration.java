package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * OTP011's second shape (dara-dots' TicTacToe): a process started per id under a DynamicSupervisor, whose start_link
 * passes no name, registers itself in init/1 with {@code Registry.register} and ignores the result. A second start
 * for the same id is not refused: the Registry answers {@code {:error, {:already_registered, pid}}}, init/1 goes on,
 * and two processes serve one id; a caller's {@code {:error, {:already_started, pid}}} clause never matches.
 * Reported on the {@code Registry.register} call. Left alone: a registry with duplicate keys (a group, not a name),
 * a fixed key (one process for the whole node), a key holding {@code self()} (unique per process), a result that is
 * matched or returned.
 */
final class InitRegistration {
    /** The {@link NameRef#context()} of a {@code Registry.register} call. */
    static final String CONTEXT = "Registry.register";

    /** A statement of its own: the call's value is thrown away ({@code _ = } too). */
    private static final Pattern STATEMENT = Pattern.compile("(?:_[a-z_]*\\s*=\\s*)?Registry\\.register\\(.*");

    private InitRegistration() {
    }

    static List<Finding> findings(Rule rule, ProjectFacts project) {
        List<Finding> out = new ArrayList<>();
        java.util.Set<String> groups = ProjectFacts.duplicateKeyRegistries(project.files());
        for (ProcessModule m : project.processModules()) {
            InitSummary init = m.facts().init();
            if (m.test() || init == null || init.body() == null || m.dynamicStarts().isEmpty()
                    || m.facts().startLink() == null
                    || m.facts().startLink().names().stream().anyMatch(n -> !n.lookup())) {
                continue;
            }
            FileFacts file = project.fileOf(m.name(), m.app()).orElse(null);
            for (NameRef n : file == null ? List.<NameRef>of() : file.names()) {
                if (!CONTEXT.equals(n.context()) || !m.name().equals(n.owner()) || !"init/1".equals(n.function())
                        || n.keyIsLiteral() || n.module() == null || groups.contains(n.module())
                        // keyed by its own pid (ElixirTorrent's Torrent: Registry.register(Registry, self(), hash)):
                        // unique per process, an index of the processes, not a name an id could take twice
                        || n.key() == null || n.key().contains("self()")
                        || !ignored(init.body().text(), n.text())) {
                    continue;
                }
                out.add(CallSiteText.finding(rule, n.location(), m.name(), message(m, n), null));
            }
        }
        return out;
    }

    /** The call stands alone in init/1's body: neither matched, bound to a used name, nor returned. */
    private static boolean ignored(String body, String call) {
        String[] lines = body.strip().split("\n");
        String first = call.lines().findFirst().orElse("").strip();
        for (int i = 0; i < lines.length - 1; i++) {
            String l = lines[i].strip();
            if (STATEMENT.matcher(l).matches() && l.contains(first.substring(0, Math.min(first.length(), 30)))) {
                return true;
            }
        }
        return false;
    }

    private static String message(ProcessModule m, NameRef n) {
        return m.name() + " is started per id without a name (its start_link passes none) and registers itself in"
                + " init/1 with " + CallSiteText.shorten(n.text(), 80) + ", ignoring the result. A second start for"
                + " the same id is not refused: Registry.register returns {:error, {:already_registered, pid}},"
                + " init/1 goes on, and two processes serve one id; lookups reach the first, the second runs"
                + " unregistered. A caller's {:error, {:already_started, pid}} clause never matches. Register as it"
                + " starts (name: {:via, Registry, {" + n.module() + ", " + n.key().strip() + "}} in its start_link),"
                + " or stop init/1 when the key is taken ({:stop, {:already_registered, pid}} on that result).";
    }
}
