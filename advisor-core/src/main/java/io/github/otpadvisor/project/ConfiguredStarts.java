package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.StartSite;
import java.util.List;

/**
 * A process module nothing seen starts, that a config file names, in a project where a {@code start_child} starts a
 * child whose spec is computed at run time (ewallet's {@code EthGethAdapter.Worker}: {@code adapters: [{:geth,
 * EthGethAdapter.Worker}]} in config.exs, started per call by {@code DynamicSupervisor.start_child(supervisor, %{start:
 * mfargs})} in {@code EthBlockchain.Adapter}): it is still unknown, but the report names the start that may be its,
 * not "nothing starts it".
 */
public final class ConfiguredStarts {
    private ConfiguredStarts() {
    }

    static List<StartSite> computed(List<StartSite> sites) {
        return sites.stream().filter(s -> s.kind() == StartSite.Kind.DYNAMIC_START_CHILD && s.startedModule() == null
                && !s.inTest() && !s.inScript()).toList();
    }

    static Supervision refine(Supervision s, Location named, List<StartSite> computed) {
        if (s == null || s.status() != Supervision.Status.UNKNOWN || s.location() != null || named == null
                || computed.isEmpty()) {
            return s;
        }
        StartSite site = computed.get(0);
        String more = computed.size() > 1 ? " (and " + (computed.size() - 1) + " more)" : "";
        return new Supervision(Supervision.Status.UNKNOWN, null, site.location(), named.file() + ":" + named.line()
                + " names it, and " + words(site) + more + " starts a child whose spec is computed at run time, which"
                + " may be it");
    }

    /**
     * A process module nothing seen starts, whose name a {@code Module.concat(module, System)} of another module may
     * build ({@code *.System}), when that module starts a child whose spec is computed at run time (gristle's
     * {@code Boss.System.start_module/2} starts {@code Module.concat(module, System)} for each module of a node's
     * list): still unknown, but the report names that start instead of "nothing starts it".
     */
    static Supervision refineConcat(Supervision s, String module, List<io.github.otpadvisor.facts.ModuleRef> suffixes,
                                    List<StartSite> computed, java.util.function.Predicate<String> sameApp) {
        if (s == null || s.status() != Supervision.Status.UNKNOWN) {
            return s;
        }
        for (io.github.otpadvisor.facts.ModuleRef r : suffixes) {
            // its own application's (gristle holds several Mix projects with a Boss.System each), not itself
            if (!r.mayName(module) || r.fromModule() == null || r.fromModule().equals(module)
                    || !sameApp.test(r.file())) {
                continue;
            }
            for (StartSite site : computed) {
                if (r.fromModule().equals(site.module()) && r.file().equals(site.location().file())) {
                    return new Supervision(Supervision.Status.UNKNOWN, null, site.location(), r.fromModule()
                            + " builds module names that end as this one's (Module.concat(_, "
                            + r.name().substring(2) + ") at " + r.file() + ":" + r.line() + "), and " + words(site)
                            + " starts a child whose spec is computed at run time, which may be it");
                }
            }
        }
        return s;
    }

    /** The computed start in words: {@code DynamicSupervisor.start_child in M.f/2 (lib/m.ex:112)}. */
    public static String words(StartSite site) {
        return site.call().replaceFirst("/\\d+$", "") + " in " + site.module() + "." + site.function() + " ("
                + site.location().file() + ":" + site.location().line() + ")";
    }
}
