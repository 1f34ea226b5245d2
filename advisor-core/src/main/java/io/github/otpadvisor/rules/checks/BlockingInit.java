package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * OTP013: {@code init/1} of a worker process does slow work (database queries, HTTP requests, sleeps, a
 * {@code receive}, OS commands, outbound connections), itself or through its own helpers, on the way to starting,
 * while whoever starts it waits. Reported on the first slow call. Not reported: work in {@code handle_continue/2}
 * (the fix), a start-up step, a check whose result decides whether the process starts at all ({@code :ignore},
 * {@code {:stop, _}}: a deliberate synchronous start), work on a branch that does not start, supervisors.
 */
@RuleInfo(id = "OTP013", name = "blocking-init", severity = Severity.WARNING,
        summary = "init/1 does slow work while its supervisor waits: move it to handle_continue/2.")
public final class BlockingInit implements Rule {
    /** Connections that wait for the other side; listening sockets and file work are quick or unknowable. */
    private static final Pattern CONNECT = Pattern.compile("^:(gen_tcp|ssl|gen_udp|socket)\\.connect\\(");
    /** Ecto functions and driver calls that talk to the database (not {@code Repo.config/0}). */
    private static final Pattern QUERY = Pattern.compile("\\.(all|one!?|get!?|get_by!?|exists\\?|aggregate|query!?"
            + "|insert(_all|_or_update)?!?|update(_all)?!?|delete(_all)?!?|preload|stream|stream_reduce|transaction"
            + "|reload!?|lazy_preload|execute!?|prepare(_execute)?!?|command!?|(transaction_)?pipeline!?|squery"
            + "|equery|prepared_query)\\(");
    /** HTTP functions that build a client or a request without sending it. */
    private static final Pattern HTTP_BUILD = Pattern.compile("\\.(new|merge|build_request|client|build)\\(");

    /** One slow call on init/1's way to starting: where it is reported, and how the message names it. */
    record SlowCall(Location at, String text) {
    }

    @Override
    public List<Finding> check(RuleContext context) {
        // a __using__ quote's init/1 runs in every module that uses it: one finding on its line, naming them
        Map<Location, List<Assessment>> byCall = new LinkedHashMap<>();
        Map<Location, List<SlowCall>> slowAt = new LinkedHashMap<>();
        for (Assessment a : context.productionModules()) {
            List<SlowCall> slow = slowWork(context, a.module());
            if (!slow.isEmpty()) {
                Location at = slow.get(0).at();
                byCall.computeIfAbsent(at, k -> new ArrayList<>()).add(a);
                slowAt.putIfAbsent(at, slow);
            }
        }
        List<Finding> out = new ArrayList<>();
        byCall.forEach((at, users) -> out.add(CallSiteText.finding(this, at, users.get(0).name(),
                BlockingInitText.message(context.project(), users, slowAt.get(at)), null)));
        return out;
    }

    /** The slow calls init/1 makes on its way to starting, in order; empty when it is not this rule's business. */
    private static List<SlowCall> slowWork(RuleContext context, ProcessModule m) {
        InitSummary init = m.facts().init();
        if (init == null || !m.abstraction().isWorker() || m.abstraction() == Abstraction.TASK
                || m.is(Property.STARTUP_STEP) || stopsRightAfter(m, init) || fillsItsTable(m)) {
            return List.of(); // a supervisor's init/1 builds its children list; a Task's work is its purpose
        }
        List<SlowCall> out = new ArrayList<>();
        for (Signal s : init.signals()) {
            if (slow(s) && init.gate(s.location()) == InitSummary.Gate.NONE) {
                out.add(new SlowCall(s.location(), CallSiteText.shorten(s.text(), 60) + " (" + kind(s) + ", line "
                        + s.location().line() + ")"));
            }
        }
        for (InitCallees.SlowCallee c : InitCallees.of(context.project(), m, BlockingInit::slow)) {
            Signal s = c.slow();
            out.add(new SlowCall(c.call().location(), CallSiteText.bare(c.call().toModule()) + "." + c.call().function()
                    + "/" + c.call().arity() + " (line " + c.call().location().line() + "), which runs "
                    + CallSiteText.shorten(s.text(), 50) + " (" + kind(s) + ", " + CallSiteText.at(s.location()) + ")"));
        }
        return out;
    }

    /**
     * A table owner that handles no message: what init/1 loads is the table's contents, which the children after it
     * read (thistle_tea's SpawnPool.Catalog); moved after the start, they would read an empty table.
     */
    private static boolean fillsItsTable(ProcessModule m) {
        return !m.ownedTables().isEmpty() && m.facts().clauses().isEmpty();
    }

    /**
     * A start-up step in another form: init/1 does its work, returns {@code {:continue, _}}, and every
     * {@code handle_continue/2} clause stops normally (migrations that must finish before the children after it).
     */
    private static boolean stopsRightAfter(ProcessModule m, InitSummary init) {
        List<io.github.otpadvisor.facts.ClauseSummary> continues = m.facts().clauses("handle_continue");
        return !continues.isEmpty() && init.returns().stream().filter(r -> r.tag().equals("ok"))
                .allMatch(io.github.otpadvisor.facts.ReturnShape::continues)
                && continues.stream().allMatch(c -> !c.returns().isEmpty()
                && c.returns().stream().allMatch(r -> r.tag().equals("stop")));
    }

    private static String kind(Signal s) {
        return switch (s.kind()) {
            case REPO -> "a database query";
            case HTTP -> "an HTTP request";
            case SLEEP -> "a sleep";
            case RECEIVE -> "a receive";
            case SYSTEM_CMD -> "an OS command";
            default -> "a connection";
        };
    }

    private static boolean slow(Signal s) {
        return switch (s.kind()) {
            case REPO -> QUERY.matcher(s.text()).find();
            case HTTP -> !HTTP_BUILD.matcher(s.text()).find();
            case SLEEP, RECEIVE, SYSTEM_CMD -> true;
            case SOCKET -> CONNECT.matcher(s.text()).find();
            default -> false;
        };
    }
}
