package io.github.otpadvisor.report.model;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StartInput;
import io.github.otpadvisor.facts.StateResult;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why a restart does not rebuild the state it had, from what {@code init/1} (its local helpers, and the
 * {@code handle_continue/2} it hands over to) really does: fresh values (ids, time, its pid as data), configuration
 * read again (a runtime change goes back to the configured value), and database writes run again (directly or by
 * one call into another project module: {@code Battle.create_match_from_founder_id} running {@code Repo.insert}).
 * Empty when none is seen, and only then may the report say the state comes back the same on every start.
 */
final class RestartDiffers {
    private static final int SHOWN = 2;
    private static final Pattern WRITE = Pattern.compile(
            "\\.(insert|insert_all|insert_or_update|update|update_all|delete|delete_all)!?\\s*\\(");

    /** The sentence parts and the evidence of each. */
    record Found(List<String> parts, List<Location> evidence) {
        boolean isEmpty() {
            return parts.isEmpty();
        }
    }

    private RestartDiffers() {
    }

    static Found of(ProcessModule m, ProjectFacts project) {
        ModuleFacts f = m.facts();
        InitSummary init = f.init();
        List<String> parts = new ArrayList<>();
        List<Location> ev = new ArrayList<>();
        if (init == null) {
            return new Found(parts, ev);
        }
        List<StartInput> fresh = init.inputs().stream().filter(i -> i.kind() == StartInput.Kind.FRESH).toList();
        // a read that only decides whether to start (:ignore, {:stop, _}) puts nothing in the state
        List<StartInput> config = init.inputs().stream().filter(i -> i.kind() == StartInput.Kind.CONFIG
                && init.gate(i.location()) == InitSummary.Gate.NONE).toList();
        if (!fresh.isEmpty()) {
            parts.add("it takes new values on every start (" + texts(fresh, ev) + ")");
        }
        if (!config.isEmpty()) {
            parts.add("it reads the configuration again (" + texts(config, ev) + "): " + (callbacksChange(f)
                    ? "a value its callbacks changed at runtime goes back to the configured one"
                    : "it starts from the configuration as it is then"));
        }
        List<String> writes = writes(m, project, ev);
        if (!writes.isEmpty()) {
            parts.add("its start path writes to the database (" + String.join(", ", writes) + "): a restart runs "
                    + "that again, as a new start would");
        }
        return new Found(parts, ev);
    }

    /** Some handler returns a state other than the one it got (or one the analysis could not read). */
    static boolean callbacksChange(ModuleFacts f) {
        if (f.abstraction() != io.github.otpadvisor.facts.Abstraction.GENSERVER) {
            return true; // a gen_statem's state functions, an Agent's updates: not read as handle_* clauses
        }
        return f.clauses().stream().filter(c -> c.callback().startsWith("handle_"))
                .anyMatch(c -> c.stateResult() != StateResult.SAME && c.stateResult() != StateResult.NONE);
    }

    private static String texts(List<StartInput> inputs, List<Location> ev) {
        List<String> out = new ArrayList<>();
        for (StartInput i : inputs.subList(0, Math.min(SHOWN, inputs.size()))) {
            out.add(shorten(i.text()) + at(i.location()));
            ev.add(i.location());
        }
        return String.join(", ", out) + (inputs.size() > SHOWN ? " and " + (inputs.size() - SHOWN) + " more" : "");
    }

    /** Database writes on the start path: its own, then those of the project functions it calls (one hop). */
    private static List<String> writes(ProcessModule m, ProjectFacts project, List<Location> ev) {
        ModuleFacts f = m.facts();
        Set<String> reach = reach(f, "init/1");
        reach.addAll(reach(f, "handle_continue/2"));
        Set<String> out = new LinkedHashSet<>();
        for (Signal s : f.signals()) {
            if (out.size() < SHOWN && isWrite(s) && s.function() != null && reach.contains(s.function())) {
                out.add(shorten(s.text()) + at(s.location()));
                ev.add(s.location());
            }
        }
        FileFacts file = project == null ? null : project.fileOf(m.name()).orElse(null);
        if (file == null) {
            return List.copyOf(out);
        }
        for (RemoteCall c : file.remoteCalls()) {
            if (out.size() >= SHOWN || c.inTest() || !m.name().equals(c.fromModule())
                    || !reach.contains(c.fromFunction())) {
                continue;
            }
            ModuleFacts callee = project.module(c.toModule()).orElse(null);
            if (callee == null || !callee.defines(c.function(), c.arity())) {
                continue;
            }
            Set<String> calleeReach = reach(callee, c.function() + "/" + c.arity());
            callee.signals().stream().filter(s -> isWrite(s) && calleeReach.contains(s.function())).findFirst()
                    .ifPresent(s -> {
                        if (out.add(c.toModule() + "." + c.function() + at(c.location()) + ", which runs "
                                + shorten(s.text()))) {
                            ev.add(c.location());
                        }
                    });
        }
        return List.copyOf(out);
    }

    private static boolean isWrite(Signal s) {
        return s.kind() == Signal.Kind.REPO && s.text() != null && WRITE.matcher(s.text()).find();
    }

    /** {@code start} and the local functions it calls, transitively; nothing when it does not define {@code start}. */
    private static Set<String> reach(ModuleFacts m, String start) {
        int slash = start.indexOf('/');
        return m.defines(start.substring(0, slash), Integer.parseInt(start.substring(slash + 1))) ? m.reach(start)
                : new java.util.LinkedHashSet<>();
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").trim();
        return one.length() <= 60 ? one : one.substring(0, 59) + "\u2026";
    }

    private static String at(Location l) {
        return l == null || l.line() <= 0 ? "" : " at " + l.file() + ":" + l.line();
    }
}
