package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * OTP013 one step further: the functions of other project modules that {@code init/1} (or a local helper of it)
 * calls on its way to starting, and the slow calls they make themselves or through their own local helpers
 * ({@code Accounts.list_active()} running {@code Repo.all}). One hop only: what those call in turn is not followed.
 */
final class InitCallees {
    private InitCallees() {
    }

    /** A remote call of init/1 and the first slow call its callee makes. */
    record SlowCallee(RemoteCall call, Signal slow) {
    }

    static List<SlowCallee> of(ProjectFacts project, ProcessModule m, Predicate<Signal> slow) {
        InitSummary init = m.facts().init();
        Optional<FileFacts> file = project.fileOf(m.name());
        if (init == null || file.isEmpty() || !file.get().file().equals(m.file())) {
            return List.of();
        }
        Set<String> reach = m.facts().reach("init/1");
        List<SlowCallee> out = new ArrayList<>();
        for (RemoteCall c : file.get().remoteCalls()) {
            if (c.inTest() || !m.name().equals(c.fromModule()) || !reach.contains(c.fromFunction())
                    || !init.gates().containsKey(c.location()) // not on a path init/1 itself runs
                    || init.gate(c.location()) != InitSummary.Gate.NONE || c.toModule().equals(m.name())) {
                continue;
            }
            ModuleFacts callee = project.module(c.toModule()).orElse(null);
            String key = c.function() + "/" + c.arity();
            if (callee == null || ModuleFacts.CALLBACKS.contains(key) || !callee.defines(c.function(), c.arity())) {
                continue;
            }
            if (cachedRead(project, callee.name(), key)) {
                continue;
            }
            Set<String> calleeReach = callee.reach(key);
            Set<String> spawning = new LinkedHashSet<>(); // functions that start a process: their work may run there
            for (StartSite s : project.startSites()) {
                if (callee.name().equals(s.module()) && s.function() != null) {
                    spawning.add(s.function());
                }
            }
            callee.signals().stream()
                    .filter(s -> s.function() != null && calleeReach.contains(s.function())
                            && !spawning.contains(s.function()) && slow.test(s))
                    .findFirst().ifPresent(s -> out.add(new SlowCallee(c, s)));
        }
        return out;
    }

    /** Cache libraries whose fetch runs the given function only on a miss. */
    private static final Set<String> CACHES = Set.of("Cachex", "ConCache");

    /**
     * {@code get_tenant_cache/2} reading through {@code Cachex.fetch(cache, key, fn -> Repo... end)} or a project's
     * {@code cache_get_or_store(table, key, fn -> ... end)}: the query runs only on a miss.
     */
    private static boolean cachedRead(ProjectFacts project, String module, String function) {
        return project.fileOf(module).map(f -> f.remoteCalls().stream().anyMatch(c -> module.equals(c.fromModule())
                && function.equals(c.fromFunction()) && (CACHES.contains(c.toModule())
                || c.function().contains("get_or_store") || c.function().contains("fetch_or_store")))).orElse(false);
    }
}
