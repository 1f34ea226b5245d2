package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.ReturnShape;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Supervision;
import java.util.Optional;
import java.util.List;

/** The message of OTP013: the slow calls, who waits for them (by where the module sits), and the fix in its terms. */
final class BlockingInitText {
    private BlockingInitText() {
    }

    static String message(ProjectFacts project, List<Assessment> users, List<BlockingInit.SlowCall> slow) {
        Assessment first = users.get(0);
        List<String> what = slow.subList(0, Math.min(3, slow.size())).stream().map(BlockingInit.SlowCall::text)
                .toList();
        String shared = users.size() == 1 ? "" : " The same init/1 comes from a shared __using__ macro: " + users.size()
                + " modules run it (" + String.join(", ", users.stream().limit(4).map(Assessment::name).toList())
                + (users.size() > 4 ? ", ..." : "") + ").";
        return first.name() + ".init/1 does slow work before it returns: " + String.join("; ", what)
                + (slow.size() > 3 ? "; and " + (slow.size() - 3) + " more" : "") + "." + shared + " "
                + whoWaits(project, users) + " " + fix(first);
    }

    /** Who is held up, by what the project model knows about where the module sits; no claim when unknown. */
    private static String whoWaits(ProjectFacts project, List<Assessment> users) {
        Supervision s = users.get(0).supervision();
        Supervision.Status status = s == null ? Supervision.Status.UNKNOWN : s.status();
        if (users.stream().anyMatch(u -> u.supervision() == null || u.supervision().status() != status
                || !java.util.Objects.equals(u.supervision().parent(), s.parent()))) {
            return "Whoever starts it waits until init/1 returns.";
        }
        String parent = s.parent() == null ? "its supervisor" : s.parent();
        return switch (status) {
            case STATIC -> "It is a static child under " + parent + ", and a supervisor starts its children one at a"
                    + " time: the children listed after it" + above(project, s.parent()) + " wait until init/1"
                    + " returns, and an exception there fails the start.";
            case DYNAMIC -> "It is started on demand (" + s.why() + "): that start waits until init/1 returns, and"
                    + " so does " + parent + ", which starts one child at a time.";
            default -> "Whoever starts it waits until init/1 returns.";
        };
    }

    /**
     * Who else waits above a static child: the boot when every supervisor up to the application is a static child,
     * the start of the first supervisor up the tree that is started on demand, nothing said when unknown.
     */
    private static String above(ProjectFacts project, String parent) {
        String p = parent;
        for (int depth = 0; p != null && depth < 32; depth++) {
            Optional<ProcessModule> pm = project.processModule(p);
            if (pm.isEmpty()) { // the application's children list: the top of the tree
                return project.module(p).map(ModuleFacts::isProcess).orElse(false) ? "" : ", and the boot,";
            }
            if (!pm.get().abstraction().isSupervisor()) {
                return "";
            }
            Supervision up = project.supervision(pm.get());
            if (up.status() == Supervision.Status.DYNAMIC) {
                return ", and the start of " + p + " (started on demand" + (up.parent() == null ? ""
                        : " under " + up.parent()) + "),";
            }
            if (up.status() != Supervision.Status.STATIC) {
                return "";
            }
            p = up.parent();
        }
        return "";
    }

    private static String fix(Assessment a) {
        InitSummary init = a.module().facts().init();
        boolean continues = init.returns().stream().anyMatch(ReturnShape::continues);
        if (a.module().abstraction() == Abstraction.GEN_STATEM) {
            return "Return the first state with the action {:next_event, :internal, :load} (or do the work in that"
                    + " state's enter call) and do it when that event arrives: it runs right after init/1 returns,"
                    + " before any other event.";
        }
        String shared = sharedMade(a.module());
        if (shared != null) {
            // an ETS or :persistent_term reader never waits in the mailbox: what it reads must exist when init/1 returns
            return (continues ? "It already returns {:continue, ...}: move the slow call into that handle_continue/2"
                    : "Return {:ok, state, {:continue, :load}} and do the slow call in handle_continue(:load, state)")
                    + ", but keep creating " + shared + " in init/1 (empty or with a default) and fill it in handle_continue/2:"
                    + " code that reads it directly does not wait in the mailbox, and would find it missing.";
        }
        return continues ? "It already returns {:continue, ...}: move this work into that handle_continue/2 as well."
                : "Return {:ok, state, {:continue, :load}} and do the work in handle_continue(:load, state): it runs"
                + " right after init/1 returns, before any other message, so callers that arrive meanwhile wait in"
                + " the mailbox instead.";
    }

    /**
     * What init/1 (or a function it calls) creates that other processes read without this one, by name: {@code the
     * ETS table that create/2 makes (line 43)}, {@code the :persistent_term (line 9)}; null when nothing.
     */
    private static String sharedMade(ProcessModule m) {
        ModuleFacts f = m.facts();
        java.util.Set<String> reach = f.reach("init/1");
        // a table without a name is reached only through the tid its owner hands out: not counted
        java.util.Set<io.github.otpadvisor.facts.Location> named = new java.util.HashSet<>();
        m.ownedTables().stream().filter(io.github.otpadvisor.facts.EtsTable::named)
                .forEach(t -> named.add(t.location()));
        return f.signals().stream().filter(s -> s.function() != null && reach.contains(s.function())
                        && (s.kind() == Signal.Kind.ETS_NEW && named.contains(s.location())
                        || s.kind() == Signal.Kind.PERSISTENT_TERM && s.text() != null && s.text().contains(".put(")))
                .findFirst().map(s -> (s.kind() == Signal.Kind.ETS_NEW ? "the ETS table" : "the :persistent_term")
                        + (s.function().equals("init/1") ? "" : " that " + s.function() + " makes") + " (line "
                        + s.location().line() + ")")
                .orElse(null);
    }
}
