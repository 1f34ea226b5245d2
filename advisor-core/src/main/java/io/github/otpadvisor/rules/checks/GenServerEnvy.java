package io.github.otpadvisor.rules.checks;

import static io.github.otpadvisor.assess.Words.join;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.ServerWork;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * OTP006: an Agent or Task doing a GenServer's job (decision Q4). An Agent whose functions set up
 * timers, monitors or links, or run branching logic in {@code get_and_update}; a timer that pokes
 * the Agent from outside ({@code :timer.apply_interval(..., __MODULE__, ...)}); a Task that loops on
 * {@code receive}, with {@code use Task} or as a {@code Task.start_link} closure in a {@code start_link}.
 * See {@code OTP006.md}.
 */
@RuleInfo(id = "OTP006", name = "genserver-envy", severity = Severity.WARNING,
        summary = "An Agent or Task doing a GenServer's job: timers, monitors, message handling or a receive loop.")
public final class GenServerEnvy implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        for (Assessment a : context.assessments().all()) {
            a.work().ifPresent(w -> declaration(a, w, out));
        }
        for (StartSite s : project.startSites()) {
            taskClosure(project, s, out);
        }
        return out;
    }

    /** The module-level case: the assessment found server work in an Agent or a Task module. */
    private void declaration(Assessment a, ServerWork w, List<Finding> out) {
        String name = a.name();
        String message;
        if (w.receiveLoop()) {
            message = name + " is a Task that never runs to completion: " + join(w.work(), 3)
                    + " loops on receive, keeping its arguments as state. That is a hand-written GenServer without "
                    + "call timeouts, :sys introspection, hibernation or a place for stray messages. Rewrite it as a "
                    + "GenServer (the loop's messages become handle_cast/handle_info clauses, its arguments the state, "
                    + "an `after` timeout becomes Process.send_after/3).";
        } else {
            String why = w.timerOrMonitor()
                    ? "An Agent has no handle_info/2: the messages its timers and monitors produce have nowhere to go, "
                    + "and a timer running outside it survives its restarts."
                    : w.work().stream().allMatch(x -> x.contains("branching logic (try "))
                    // A rescue keeps the Agent alive: what it really is, is a lock around the work (sequin's MiniElixir).
                    ? "That work runs inside the Agent process with its errors rescued there: every other caller waits "
                    + "for it, so the Agent serves as a lock around it, which its get/update interface hides."
                    : "That logic runs inside the Agent process, blocking every other caller, and a crash in it loses "
                    + "the whole state.";
            message = name + " is an Agent doing a GenServer's job: " + join(w.work(), 3) + ". " + why
                    + " Rewrite it as a GenServer: each Agent call becomes a handle_call/handle_cast, timers become "
                    + "Process.send_after/3 with handle_info/2, monitors get a handle_info({:DOWN, ...}) clause.";
        }
        out.add(ProcessRuleSupport.atDeclaration(this, a, message));
    }

    /** A {@code Task.start_link(fn -> ... loop ... end)} in a plain module's start_link: a long-lived server. */
    private void taskClosure(ProjectFacts project, StartSite s, List<Finding> out) {
        if (s.inTest() || s.inScript() || !s.longRunning() || s.module() == null || s.function() == null
                || !s.function().startsWith("start_link/") && !s.function().startsWith("start/")
                || (s.kind() != StartSite.Kind.TASK_START_LINK && s.kind() != StartSite.Kind.TASK_START)) {
            return;
        }
        if (project.processModule(s.module()).map(p -> p.abstraction() == Abstraction.TASK).orElse(false)) {
            return; // reported on its `use Task`
        }
        String file = s.location().file();
        String message = s.module() + "." + s.function() + " starts a long-lived server with " + s.call()
                + " at line " + s.location().line() + ": the started function loops on receive and never runs to "
                + "completion. That is a hand-written GenServer without call timeouts, :sys introspection or a "
                + "place for stray messages. Rewrite it as a GenServer (use GenServer, the loop's messages as "
                + "handle_cast/handle_info clauses, its arguments as the state).";
        out.add(ProcessRuleSupport.at(this, file, s.location(), s.module(), message, Pattern.GENSERVER));
    }
}
