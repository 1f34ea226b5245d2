package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A GenServer the answers would make an Agent, whose process other modules call directly with
 * {@code GenServer.call/cast} on a pid or a via name (exq's adapter calls {@code GenServer.call(pid, :redis)} on the
 * enqueuer and its manager alike): an Agent answers no such message, so the server keeps its form. A tag counts when
 * this module's handlers take it, whichever other process also does: keeping a server that needed no change costs
 * nothing, an Agent that callers cannot reach breaks them.
 */
final class DirectCallers {
    private DirectCallers() {
    }

    static Decision keep(Decision d, Pattern today, ProcessModule m, ProjectFacts project) {
        if (d.abstraction() != Pattern.AGENT || today != Pattern.GENSERVER || project == null) {
            return d;
        }
        return first(m, project).map(s -> new Decision(d.processNeeded(), Pattern.GENSERVER, d.placement(),
                d.decidedBy(), d.rationale() + " But " + s.module() + (s.function() == null ? "" : "." + s.function())
                + " calls its process directly (" + s.kind().label() + " " + s.message() + " at "
                + s.location().file() + ":" + s.location().line() + "): an Agent would not answer that message, so"
                + " it stays a GenServer.")).orElse(d);
    }

    private static Optional<MessageSend> first(ProcessModule m, ProjectFacts project) {
        Set<String> tags = tags(m.facts().clauses());
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        // a process module that takes the tag itself talks to its own kind (credo's Execution* servers each call
        // their own pid with :get): only other code counts
        return project.sends().stream().filter(s -> !s.inTest() && s.module() != null && !s.module().equals(m.name())
                && (s.kind() == MessageSend.Kind.GENSERVER_CALL || s.kind() == MessageSend.Kind.GENSERVER_CAST)
                && s.target() != null && (s.target().kind() == Target.Kind.VARIABLE
                || s.target().kind() == Target.Kind.VIA)
                && s.messageTag() != null && tags.contains(s.messageTag())
                && s.location() != null && s.message() != null
                && !tags(project.processModule(s.module()).map(o -> o.facts().clauses()).orElse(java.util.List.of()))
                .contains(s.messageTag())).findFirst();
    }

    private static Set<String> tags(java.util.List<ClauseSummary> clauses) {
        Set<String> out = new HashSet<>();
        for (ClauseSummary c : clauses) {
            if ((c.callback().equals("handle_call") || c.callback().equals("handle_cast")) && !c.catchAll()
                    && c.messageTag() != null) {
                out.add(c.messageTag());
            }
        }
        return out;
    }
}
