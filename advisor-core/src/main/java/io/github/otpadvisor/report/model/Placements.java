package io.github.otpadvisor.report.model;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.StartOwner;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.SupervisedBy;
import io.github.otpadvisor.project.Supervision;
import java.util.ArrayList;
import java.util.List;

/** The "Supervision Tree" section: where a module sits today, who else starts it, what to change. */
final class Placements {
    private Placements() {
    }

    /**
     * {@code persistentTerm}: the sketch puts a write-once value in :persistent_term where today's process starts;
     * {@code computedStart}: where a {@code start_child} whose spec is computed at run time may start it (a config
     * file names it and nothing else seen does: {@link io.github.otpadvisor.project.ProjectFacts#configuredStart}),
     * else null.
     */
    static SupervisionView of(Assessment a, String childrenEntry, boolean persistentTerm,
                              io.github.otpadvisor.facts.Location computedStart) {
        List<List<String>> paths = a.placement().treePaths();
        List<String> startedBy = new ArrayList<>();
        String today = today(a.supervision());
        for (StartSite s : a.placement().startedElsewhere()) {
            // Tests start it for themselves, and today's start is said in the sentence above the list.
            if (s.inTest()) {
                continue;
            }
            if (java.util.Objects.equals(s.location(), a.supervision().location())) {
                // unless it is not supervised or started through another module (said above), or the sentence
                // names that start already (an unresolved one says "started by ... in M.f")
                if (a.supervision().status() != Supervision.Status.NONE && a.supervision().through() == null
                        && (s.module() == null || s.function() == null
                        || !today.contains(s.module() + "." + s.function().replaceFirst("/\\d+$", "")))) {
                    today = today.substring(0, today.length() - 1) + ", by " + s.call() + in(s) + ".";
                }
            } else {
                startedBy.add(where(s) + s.call() + in(s));
            }
        }
        today += listedWhen(a);
        boolean unknown = a.supervision().status() == Supervision.Status.UNKNOWN;
        boolean supervised = a.supervision().status() == Supervision.Status.STATIC
                || a.supervision().status() == Supervision.Status.DYNAMIC;
        boolean configured = unknown && a.supervision().configuredAt() != null;
        boolean indirect = a.supervision().through() != null || a.supervision().restartedBy() != null;
        boolean perCaller = a.decision().processNeeded() && a.decision().placement() == null && paths.isEmpty();
        String note = indirect && a.decision().processNeeded() && a.verdict() != Verdict.PLACEMENT_DIFFERS ? null
                : perCaller ? perCaller(a, computedStart)
                : configured && a.decision().processNeeded() && paths.isEmpty() && startedBy.isEmpty()
                ? "Its start is decided by the configuration (above): nothing needs adding while the configuration "
                        + "names it; the entry below is what that configured entry starts."
                : unknown && a.decision().processNeeded() && paths.isEmpty() && startedBy.isEmpty()
                && a.supervision().location() != null && a.supervision().why() != null
                && a.supervision().why().startsWith("started by ")
                // a start was found (said above), and a part of the tree the analysis could not read may list it too
                ? "Today's start (above) is outside any supervisor, so none restarts it unless the unresolved part"
                        + " of its application's tree also lists it: check that part first. Where"
                        + " a supervisor should hold it depends on that caller; the entry below is only the shape a"
                        + " supervisor would need."
                : unknown && a.decision().processNeeded() && paths.isEmpty() && startedBy.isEmpty()
                ? "Nothing in the scanned files shows where it is started (searched: children lists, start_child "
                        + "calls, start calls and start functions of other modules; a library may start it, or an "
                        + "unresolved part of its tree): find that start before adding it anywhere; the entry below "
                        + "is only the shape a supervisor would need."
                : io.github.otpadvisor.project.ApplicationStarts.startedThere(a.supervision())
                && a.decision().processNeeded() ? "List the entry below in the children of the supervisor its"
                        + " application's start callback starts, and have the callback return that supervisor's"
                        + " {:ok, pid}: then a crash restarts it, and stopping the application stops it in order."
                        + (a.supervision().why().contains("which calls its start_link ") ? "" : " The callback calls"
                        + " its start, not its start_link: what start does besides starting it must still run once"
                        + " it has started.")
                : persistentTerm ? "Reads need no process of their own; the entry below stays, in today's place, so"
                        + " the value is put before the children after it start."
                : note(a.decision().processNeeded(), childrenEntry != null, !paths.isEmpty() || supervised,
                        !startedBy.isEmpty() || a.supervision().status() == Supervision.Status.NONE,
                        childrenEntry != null && childrenEntry.contains("{Task.Supervisor, name: "));
        if (a.verdict() == Verdict.PLACEMENT_DIFFERS) {
            note = placementDiffers(a) + (note == null ? "" : " " + note);
        }
        return new SupervisionView(paths, a.placement().treePathsLeftOut(), startedBy, childrenEntry, note, today);
    }

    /**
     * The recommended placement's label; null when no process is needed. A process whose owner decides where it
     * runs (one per caller, no name) gets none recommended: the line says that it is not known and what starts it,
     * never "no process" under "Process needed: YES". {@code computedStart} as for {@link #of}.
     */
    static String recommended(Assessment a, io.github.otpadvisor.facts.Location computedStart) {
        if (a.decision().placement() != null) {
            return a.decision().placement().label();
        }
        if (!a.decision().processNeeded()) {
            return null;
        }
        if (a.module().properties().is(io.github.otpadvisor.project.Property.SHORT_LIVED)) {
            return "none: short-lived, it needs no place in the supervision tree";
        }
        return StartOwner.where(a.module()).map(w -> "not known: one per caller, placed where it is started (" + w + ")")
                .orElse(computedStart != null ? "not known: a start computed at run time (" + computedStart.file()
                        + ":" + computedStart.line() + ") may be its" : "not known: no start in the scanned files");
    }

    /**
     * One instance per caller, no name (no placement recommended): it stays where its caller starts it, so the
     * application's children are not where it goes.
     */
    private static String perCaller(Assessment a, io.github.otpadvisor.facts.Location computedStart) {
        return StartOwner.of(a.module()).map(o -> "One instance per caller, started " + o + ": it stays where its "
                        + "callers start it, not in its application's children; a caller that must outlive its crash "
                        + "starts it under its own supervisor instead.")
                .orElse(computedStart != null ? "Not known where it belongs: the start computed at run time named"
                        + " above (" + computedStart.file() + ":" + computedStart.line() + ") may be its, and then it"
                        + " stays where that call starts it and needs no entry; the entry below is only the shape a"
                        + " supervisor would need if nothing does."
                        : "Not known where it belongs: no start in the scanned files shows it, and it "
                        + StartOwner.registration(a.module())
                        .orElse("registers no name the analysis saw (a macro it uses may give one)") + ", so it may be one instance per caller "
                        + "or a singleton. Find what starts it (an unresolved part of the tree, above, may list it) "
                        + "before adding the entry below anywhere.");
    }

    /**
     * For a static child its children list holds only under a condition (vutuv's {@code optional_child(:flag, Mod)},
     * an {@code if} on the environment): where that condition is, as a sentence; else empty.
     */
    static String listedWhen(Assessment a) {
        if (a.supervision().status() != Supervision.Status.STATIC || a.supervision().through() != null) {
            return "";
        }
        return a.module().supervisedBy().stream().map(SupervisedBy::spec)
                .filter(x -> x != null && x.condition() != null
                        && java.util.Objects.equals(x.location(), a.supervision().location()))
                .findFirst().map(x -> " It is listed only in some branches of the condition at "
                        + x.condition().file() + ":" + x.condition().line() + ": under the others it does not run.")
                .orElse("");
    }

    /** How it is supervised today, in one sentence with the evidence (RULEBOOK §5, section 6). */
    static String today(Supervision s) {
        String at = s.location() == null ? "" : ", at " + s.location().file() + ":" + s.location().line();
        if (s.through() != null) {
            if (s.status() != Supervision.Status.STATIC && s.status() != Supervision.Status.DYNAMIC) {
                return "Today it is " + s.why() + ".";
            }
            return "Today it is started by " + s.through() + ", so it sits where that module does: "
                    + (s.status() == Supervision.Status.STATIC ? "a static child of " + s.parent()
                    : "started at runtime" + (s.parent() == null ? "" : " under " + s.parent())) + at + ".";
        }
        if (s.restartedBy() != null) {
            return "Today it is " + s.why() + at + "; " + s.restartedBy() + ".";
        }
        if (s.status() == Supervision.Status.NONE && s.why() != null && s.why().startsWith("started by ")) {
            return "Today it is " + s.why() + at + ".";
        }
        return switch (s.status()) {
            case STATIC -> "Today it is a static child of " + s.parent() + at + ".";
            case DYNAMIC -> "Today it is started at runtime" + (s.parent() == null ? "" : " under " + s.parent()) + at
                    + ".";
            case NONE -> "Today it is started outside any supervisor" + at + ".";
            case UNKNOWN -> s.configuredAt() != null ? (s.configEntryGuessed()
                    ? "Not known where it is started today; perhaps from the configuration: "
                    : "Today it is started from the configuration: ") + s.why() + "."
                    : "Where it sits today could not be resolved: " + s.why() + ".";
        };
    }

    private static String placementDiffers(Assessment a) {
        String today = a.todayPlacement().words(a.module());
        return "Its placement differs: " + a.decision().placement().label() + " is recommended, today it is "
                + today + ".";
    }

    /** {@code owner}: no process of its own is needed, but something must sit in the tree (an ETS table's owner). */
    static String note(boolean processNeeded, boolean owner, boolean placed, boolean startedElsewhere) {
        return note(processNeeded, owner, placed, startedElsewhere, false);
    }

    /** {@code taskSupervisor}: the entry below is a Task.Supervisor its functions' tasks need. */
    static String note(boolean processNeeded, boolean owner, boolean placed, boolean startedElsewhere,
                       boolean taskSupervisor) {
        if (!processNeeded && owner && taskSupervisor) {
            return (placed || startedElsewhere ? "No process is needed: remove it from the places above and call its"
                    + " functions directly." : "No process is needed: call its functions directly.")
                    + " The work its casts did runs in tasks: add the Task.Supervisor below to its application's"
                    + " children.";
        }
        if (!processNeeded && owner) {
            return "Reads and writes need no process of their own; only the table's owner sits in the tree, with the "
                    + "entry below.";
        }
        if (!processNeeded) {
            return placed || startedElsewhere
                    ? "No process is needed: remove it from the places above and call its functions directly."
                    : "No process is needed: call its functions directly.";
        }
        if (!placed && !startedElsewhere) {
            return "It sits in no supervision tree the analysis found: add the entry below to its application's "
                    + "children.";
        }
        if (!placed) {
            // Its start (above) may run once per request or per run: the application's children are not the place.
            // linked or not, the restart line below says (dara-dots' PongGame: GenServer.start, unlinked)
            return "It is started outside any supervision tree the analysis found: to have a supervisor restart it,"
                    + " start it under one where it is started today (the entry below shows its shape).";
        }
        return null;
    }

    private static String where(StartSite s) {
        return s.location() == null ? "" : s.location().file() + ":" + s.location().line() + ": ";
    }

    private static String in(StartSite s) {
        if (s.module() == null) {
            return "";
        }
        return " in " + s.module() + (s.function() == null ? "" : "." + s.function());
    }
}
