package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Supervision;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * OTP016: {@code :ets.new} runs in a process that is known to be short-lived or unsupervised, so the table dies with
 * it: a closure given to {@code Task.*}/{@code spawn*}, the callbacks of a process module started outside any
 * supervisor, an Oban job's {@code perform/1} (the job's process ends with the job). Reported on the
 * {@code :ets.new} call. Not reported: tables created by a supervised process (its {@code init/1} or
 * {@code handle_*}), by {@code Application.start/2}, by a supervised task that runs a receive loop, tables with an
 * {@code {:heir, pid, data}}, test code, {@code .exs} scripts and Mix tasks, and any plain function whose caller's
 * process is not known.
 */
@RuleInfo(id = "OTP016", name = "ets-owner-not-supervised", severity = Severity.WARNING,
        summary = ":ets.new runs in a Task, a spawned function or an unsupervised process: the table dies with it.")
public final class EtsOwnerNotSupervised implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        for (FileFacts file : project.productionFiles()) {
            for (EtsTable t : file.etsTables()) {
                if (t.inTest() || t.hasHeir() || t.module() == null || commandOnly(t, project)) {
                    continue; // another process inherits it, or a command's tables end with the command anyway
                }
                String owner = owner(t, file, project);
                if (owner != null) {
                    out.add(CallSiteText.finding(this, t.location(), t.module(), message(t, owner), null));
                }
            }
        }
        return out;
    }

    /** A Mix task, an escript's main, or a function only they reach: short-lived on purpose. */
    private static boolean commandOnly(EtsTable t, ProjectFacts project) {
        return command(t.module(), t.function(), project);
    }

    private static boolean command(String module, String function, ProjectFacts project) {
        Optional<ModuleFacts> m = project.module(module);
        return module.startsWith("Mix.Tasks.") || m.map(x -> x.uses().contains("Mix.Task")).orElse(false)
                || project.callPaths().onlyFromCommands(module, function);
    }

    /** Why the owner is short-lived or unsupervised (the middle of the message), or null when it is not known to be. */
    private static String owner(EtsTable t, FileFacts file, ProjectFacts project) {
        String where = CallSiteText.where(t.module(), t.function(), t.location());
        if (t.spawnedBy() != null) {
            StartSite site = enclosingStart(t, file);
            String call = CallSiteText.bare(t.spawnedBy());
            if (site != null && site.longRunning()) {
                if (site.has(StartSite.Trait.IN_START_FUNCTION) || site.inOwnStartLink() || site.supervised()) {
                    return null; // a supervised process running a receive loop: a long-lived owner
                }
                return "runs in the process " + call + " starts in " + where + " (line " + site.location().line()
                        + "), a receive loop under no supervisor: if it crashes the table is deleted with it and"
                        + " nothing starts it again";
            }
            return "runs in the closure given to " + call + " in " + where + ": that process owns the table and"
                    + " deletes it when the closure returns (or crashes)";
        }
        Optional<ModuleFacts> m = project.module(t.module());
        if (m.isPresent() && t.function() != null && oban(m.get()) && t.function().equals("perform/1")) {
            return "is created in perform/1 of the Oban worker " + t.module() + ": the job runs in a process Oban"
                    + " starts for it, which ends with the job, and the table is deleted with it";
        }
        Optional<ProcessModule> pm = project.processModule(t.module());
        if (pm.isPresent() && t.function() != null && ModuleFacts.IN_PROCESS_CALLBACKS.contains(t.function())) {
            Supervision s = project.supervision(pm.get());
            if (s.status() == Supervision.Status.NONE && !startedOnlyByCommands(pm.get(), project)) {
                return "is created in " + t.function() + " of " + t.module() + ", a process " + s.why()
                        + (s.location() == null ? "" : " (" + CallSiteText.at(s.location()) + ")")
                        + ": if it crashes the table is deleted with it and nothing starts it again";
            }
        }
        return null;
    }

    /** Every start of it comes from a Mix task or an escript (a benchmark, a one-off command): short-lived on purpose. */
    private static boolean startedOnlyByCommands(ProcessModule pm, ProjectFacts project) {
        List<String[]> starters = new ArrayList<>();
        pm.startSites().stream().filter(x -> !x.inOwnStartLink() && !x.inTest())
                .forEach(x -> starters.add(new String[] {x.module(), x.function()}));
        pm.callers().stream().filter(c -> !c.inTest() && (c.function().equals("start_link") || c.function().equals("start")))
                .forEach(c -> starters.add(new String[] {c.fromModule(), c.fromFunction()}));
        return !starters.isEmpty() && starters.stream().allMatch(x -> x[0] != null && command(x[0], x[1], project));
    }

    private static boolean oban(ModuleFacts m) {
        return m.uses().stream().anyMatch(u -> u.equals("Oban.Worker") || u.startsWith("Oban.Pro.Worker"));
    }

    /** The start call whose closure holds the table: the nearest one above it in the same function. */
    private static StartSite enclosingStart(EtsTable t, FileFacts file) {
        return file.startSites().stream()
                .filter(s -> s.closure() != null && Objects.equals(s.module(), t.module())
                        && Objects.equals(s.function(), t.function())
                        && s.location().line() <= t.location().line())
                .max(Comparator.comparingInt(s -> s.location().line())).orElse(null);
    }

    private static String message(EtsTable t, String owner) {
        String table = t.named() ? "the named table " + t.name() : "the table";
        String after = t.named() ? " Afterwards every :ets call on " + t.name() + " raises ArgumentError."
                : " Any process still holding its reference then gets ArgumentError on every :ets call.";
        return ":ets.new(" + t.name() + ", ...) " + owner + "." + after + " Create " + table + " in the init/1 of a"
                + " GenServer listed in the application's supervision tree (a table owner that stays up, and comes"
                + " back with a fresh table when restarted), or give it an {:heir, pid, data} option so a supervised"
                + " process inherits it.";
    }
}
