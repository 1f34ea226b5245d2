package io.github.otpadvisor.assess;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.project.ProcessModule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Agent or a Task doing a GenServer's job (decision Q4, OTP006): an Agent whose functions set up
 * timers, monitors or links, or branch in {@code get_and_update}, or that a timer pokes from outside; a
 * Task module that loops on {@code receive}. The assessment answers Q4 from this, so the module's
 * recommendation (GenServer) and OTP006 are one judgement.
 *
 * @param work           what it does that a GenServer is for, worded with lines
 * @param timerOrMonitor some of it is timers or monitors (not only branching logic)
 * @param receiveLoop    a Task looping on receive
 */
public record ServerWork(List<String> work, boolean timerOrMonitor, boolean receiveLoop) {
    /**
     * Timers that message the Agent, or call it again and again from the :timer server (a restart starts another).
     * Not a one-shot {@code :timer.apply_after(t, __MODULE__, :remove, [key])}: it calls the module's function once,
     * sends the Agent no message, and calls the restarted Agent the same way (bolt's USW.Deduplicator).
     */
    private static final Pattern TIMER_CALLBACK = Pattern.compile(
            "^:timer\\.(apply_interval|apply_repeatedly|send_after|send_interval)\\(");

    public ServerWork {
        work = List.copyOf(work);
    }

    /** The server work of a production Agent or Task module, or null when it has none. */
    public static ServerWork of(ProcessModule pm) {
        if (pm.test()) {
            return null;
        }
        if (pm.abstraction() == Abstraction.AGENT) {
            return agent(pm);
        }
        return pm.abstraction() == Abstraction.TASK ? task(pm) : null;
    }

    private static ServerWork agent(ProcessModule pm) {
        List<String> work = new ArrayList<>();
        boolean timerOrMonitor = false;
        for (MessageSend s : Workers.agentCalls(pm)) {
            if (s.agentWork() == null) {
                continue;
            }
            for (Evidence e : s.agentWork().serverWork()) {
                String at = s.kind().label() + " in " + s.function() + " at line " + s.location().line() + ": ";
                if (e.text().startsWith("branching")) {
                    work.add(at + e.text() + " at line " + e.line());
                } else {
                    work.add(at + e.text() + (e.line() != s.location().line() ? " (line " + e.line() + ")" : ""));
                    timerOrMonitor = true;
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
        return work.isEmpty() ? null : new ServerWork(work, timerOrMonitor, false);
    }

    /**
     * A timer whose repeated callback or message reaches the Agent: {@code :timer.apply_interval(t, __MODULE__, :f, [])},
     * {@code :timer.send_interval(t, __MODULE__, msg)}, {@code Process.send_after(__MODULE__, msg, t)}.
     */
    private static boolean timerAimedAt(Signal s, String module) {
        String t = s.text();
        boolean names = t.contains("__MODULE__") || t.contains(module + ",") || t.contains(module + ")");
        if (s.kind() == Signal.Kind.TIMER) {
            return names && TIMER_CALLBACK.matcher(t).find();
        }
        if (s.kind() == Signal.Kind.SEND_AFTER) {
            return t.matches("(?s)^(Process|:erlang)\\.(send_after|start_timer)\\((__MODULE__|" + Pattern.quote(module)
                    + "),.*");
        }
        return false;
    }

    private static ServerWork task(ProcessModule pm) {
        List<String> loops = new ArrayList<>();
        for (FunctionInfo f : pm.facts().functions()) {
            if (f.receiveLoop()) {
                loops.add(f.key() + " at line " + f.location().line());
            }
        }
        return loops.isEmpty() ? null : new ServerWork(loops, false, true);
    }
}
