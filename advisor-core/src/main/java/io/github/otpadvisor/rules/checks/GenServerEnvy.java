package io.github.otpadvisor.rules.checks;

import static io.github.otpadvisor.rules.checks.ProcessRuleSupport.join;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
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
    public List<Finding> check(ProjectFacts project) {
        List<Finding> out = new ArrayList<>();
        for (ProcessModule pm : project.processModules()) {
            if (pm.test()) {
                continue;
            }
            if (pm.abstraction() == Abstraction.AGENT) {
                agent(pm, out);
            } else if (pm.abstraction() == Abstraction.TASK) {
                task(pm, out);
            }
        }
        for (StartSite s : project.startSites()) {
            taskClosure(project, s, out);
        }
        return out;
    }

    private void agent(ProcessModule pm, List<Finding> out) {
        List<String> work = new ArrayList<>();
        boolean timerOrMonitor = false;
        for (MessageSend s : ProcessRuleSupport.agentCalls(pm)) {
            if (s.agentWork() == null) {
                continue;
            }
            for (Evidence e : s.agentWork().serverWork()) {
                work.add(s.kind().label() + " in " + s.function() + " at line " + s.location().line() + ": "
                        + e.text() + (e.line() != s.location().line() ? " (line " + e.line() + ")" : ""));
                timerOrMonitor |= !e.text().startsWith("branching");
                if (e.text().startsWith("branching")) {
                    work.set(work.size() - 1, s.kind().label() + " in " + s.function() + " at line "
                            + s.location().line() + ": " + e.text() + " at line " + e.line());
                }
            }
        }
        for (Signal s : pm.facts().signals()) {
            if (timerAimedAt(s, pm.name())) {
                work.add("a timer aimed at the Agent in " + s.function() + " at line " + s.location().line() + ": "
                        + s.text());
                timerOrMonitor = true;
            }
        }
        if (work.isEmpty()) {
            return;
        }
        String why = timerOrMonitor
                ? "An Agent has no handle_info/2: the messages its timers and monitors produce have nowhere to go, "
                + "and a timer running outside it survives its restarts."
                : "That logic runs inside the Agent process, blocking every other caller, and a crash in it loses "
                + "the whole state.";
        String message = pm.name() + " is an Agent doing a GenServer's job: " + join(work, 3) + ". " + why
                + " Rewrite it as a GenServer: each Agent call becomes a handle_call/handle_cast, timers become "
                + "Process.send_after/3 with handle_info/2, monitors get a handle_info({:DOWN, ...}) clause.";
        out.add(ProcessRuleSupport.atDeclaration(this, pm, message, Pattern.GENSERVER));
    }

    private static final java.util.regex.Pattern TIMER_CALLBACK = java.util.regex.Pattern.compile(
            "^:timer\\.(apply_after|apply_interval|apply_repeatedly|send_after|send_interval)\\(");

    /**
     * A timer whose callback or message reaches the Agent: {@code :timer.apply_interval(t, __MODULE__, :f, [])},
     * {@code :timer.send_interval(t, __MODULE__, msg)}, {@code Process.send_after(__MODULE__, msg, t)}.
     */
    private static boolean timerAimedAt(Signal s, String module) {
        String t = s.text();
        boolean names = t.contains("__MODULE__") || t.contains(module + ",") || t.contains(module + ")");
        if (s.kind() == Signal.Kind.TIMER) {
            return names && TIMER_CALLBACK.matcher(t).find();
        }
        if (s.kind() == Signal.Kind.SEND_AFTER) {
            return t.matches("(?s)^(Process|:erlang)\\.(send_after|start_timer)\\((__MODULE__|" + java.util.regex.Pattern.quote(module) + "),.*");
        }
        return false;
    }

    private void task(ProcessModule pm, List<Finding> out) {
        List<String> loops = new ArrayList<>();
        for (FunctionInfo f : pm.facts().functions()) {
            if (f.receiveLoop()) {
                loops.add(f.key() + " at line " + f.location().line());
            }
        }
        if (loops.isEmpty()) {
            return;
        }
        String message = pm.name() + " is a Task that never runs to completion: " + join(loops, 3)
                + " loops on receive, keeping its arguments as state. That is a hand-written GenServer without "
                + "call timeouts, :sys introspection, hibernation or a place for stray messages. Rewrite it as a "
                + "GenServer (the loop's messages become handle_cast/handle_info clauses, its arguments the state, "
                + "an `after` timeout becomes Process.send_after/3).";
        out.add(ProcessRuleSupport.atDeclaration(this, pm, message, Pattern.GENSERVER));
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
