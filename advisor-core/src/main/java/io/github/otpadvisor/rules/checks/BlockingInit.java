package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * OTP013: {@code init/1} of a process module does slow work (database queries, HTTP requests, sleeps, a
 * {@code receive}, OS commands, outbound connections), itself or through its own helpers, while its supervisor
 * waits: the rest of the tree does not start until it returns. Reported on the first slow call. A start-up step,
 * whose blocking is its purpose (migrations before the endpoint), is left alone; work in {@code handle_continue/2}
 * is the fix and is never reported.
 */
@RuleInfo(id = "OTP013", name = "blocking-init", severity = Severity.WARNING,
        summary = "init/1 does slow work while its supervisor waits: move it to handle_continue/2.")
public final class BlockingInit implements Rule {
    /** Connections that wait for the other side; listening sockets and file work are quick or unknowable. */
    private static final Pattern CONNECT = Pattern.compile("^:(gen_tcp|ssl|gen_udp)\\.connect\\(");

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        java.util.Map<io.github.otpadvisor.facts.Location, List<String>> byCall = new java.util.LinkedHashMap<>();
        java.util.Map<io.github.otpadvisor.facts.Location, Finding> first = new java.util.HashMap<>();
        for (Assessment a : context.productionModules()) {
            ProcessModule m = a.module();
            InitSummary init = m.facts().init();
            if (init == null || m.abstraction() == Abstraction.TASK || m.is(Property.STARTUP_STEP)) {
                continue;
            }
            List<Signal> slow = init.signals().stream().filter(BlockingInit::slow).toList();
            if (!slow.isEmpty()) {
                // a __using__ quote's init/1 runs in every module that uses it: one finding on its line, naming them
                Signal s = slow.get(0);
                byCall.computeIfAbsent(s.location(), k -> new ArrayList<>()).add(m.name());
                first.putIfAbsent(s.location(), CallSiteText.finding(this, s.location(), m.name(), message(m, init, slow),
                        null));
            }
        }
        byCall.forEach((at, users) -> {
            Finding f = first.get(at);
            out.add(users.size() == 1 ? f : new Finding(f.ruleId(), f.severity(), f.file(), f.line(), f.column(),
                    f.module(), f.message() + " The same init/1 comes from a shared __using__ macro: " + users.size()
                    + " modules run it (" + String.join(", ", users.subList(0, Math.min(4, users.size())))
                    + (users.size() > 4 ? ", ..." : "") + ").", f.recommendation()));
        });
        return out;
    }

    /** Ecto functions that talk to the database (not {@code Repo.config/0} or {@code put_dynamic_repo/1}). */
    private static final Pattern QUERY = Pattern.compile("\\.(all|one!?|get!?|get_by!?|exists\\?|aggregate|query!?"
            + "|insert(_all|_or_update)?!?|update(_all)?!?|delete(_all)?!?|preload|stream|transaction|reload!?"
            + "|lazy_preload)\\(");
    /** HTTP functions that build a client or a request without sending it. */
    private static final Pattern HTTP_BUILD = Pattern.compile("\\.(new|merge|build_request|client)\\(");

    private static boolean slow(Signal s) {
        return switch (s.kind()) {
            case REPO -> QUERY.matcher(s.text()).find();
            case HTTP -> !HTTP_BUILD.matcher(s.text()).find();
            case SLEEP, RECEIVE, SYSTEM_CMD -> true;
            case SOCKET -> CONNECT.matcher(s.text()).find();
            default -> false;
        };
    }

    private static String message(ProcessModule m, InitSummary init, List<Signal> slow) {
        List<String> what = new ArrayList<>();
        for (Signal s : slow.subList(0, Math.min(3, slow.size()))) {
            what.add(CallSiteText.shorten(s.text(), 60) + " (" + kind(s) + ", line " + s.location().line() + ")");
        }
        boolean continues = init.returns().stream().anyMatch(io.github.otpadvisor.facts.ReturnShape::continues);
        return m.name() + ".init/1 does slow work before it returns: " + String.join("; ", what)
                + (slow.size() > 3 ? "; and " + (slow.size() - 3) + " more" : "") + ". Its supervisor waits for init/1,"
                + " so every sibling listed after it, and the application's start, wait too; if the work hangs or"
                + " fails, start-up fails with it. " + (continues ? "It already returns {:continue, ...}: move this"
                + " work into that handle_continue/2 as well." : "Return {:ok, state, {:continue, :load}} and do the"
                + " work in handle_continue(:load, state), which runs right after init/1 without holding the"
                + " supervisor; callers that arrive meanwhile wait in the mailbox.");
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
}
