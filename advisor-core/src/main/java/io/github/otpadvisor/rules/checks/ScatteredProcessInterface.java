package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * OTP007: {@code GenServer.call/cast}, {@code Agent.*} or {@code send/2} aimed at the registered name of a
 * process module X from a module other than X (Elixir docs "Scattered process interfaces"). Reported on each
 * call; the fix is a public function in X, so the recommended pattern is unchanged (null).
 */
@RuleInfo(id = "OTP007", name = "scattered-process-interface", severity = Severity.WARNING,
        summary = "Messages to a named process sent from outside the module that defines it.")
public final class ScatteredProcessInterface implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        RegisteredNames names = RegisteredNames.of(project);
        List<Map.Entry<MessageSend, ProcessModule>> outside = new ArrayList<>();
        Map<ProcessModule, Set<String>> senders = new HashMap<>();
        for (FileFacts file : project.productionFiles()) {
            for (MessageSend s : file.sends()) {
                if (s.inTest() || s.module() == null || !relevant(s.kind())) {
                    continue;
                }
                ProcessModule x = names.owner(s.target());
                if (x != null && !x.name().equals(s.module())) {
                    outside.add(Map.entry(s, x));
                    senders.computeIfAbsent(x, k -> new HashSet<>()).add(s.module());
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<MessageSend, ProcessModule> e : outside) {
            MessageSend s = e.getKey();
            ProcessModule x = e.getValue();
            if (speaksProtocol(x, s.kind()) && !frontOf(x, s.module(), senders.get(x))
                    && !clientModule(s, x, senders.get(x))) {
                out.add(CallSiteText.finding(this, s.location(), s.module(), message(s, x, project), null));
            }
        }
        return out;
    }

    /**
     * {@code front} is the public module of {@code x}'s subsystem ({@code LanguageTool} for
     * {@code LanguageTool.Server}) and the only module outside {@code x} that talks to it ({@code senders}): the
     * protocol is already kept in one place, which is what the Elixir docs ask for.
     */
    private static boolean frontOf(ProcessModule x, String front, Set<String> senders) {
        int dot = x.name().lastIndexOf('.');
        return dot > 0 && x.name().substring(0, dot).equals(front) && senders.equals(Set.of(front));
    }

    /**
     * The only module outside {@code x} that talks to it, named as its client ({@code TelemetryLib} for
     * {@code TelemetryServer}), sends this message with a literal tag ({@code send(TelemetryServer, {:increment,
     * key})} in {@code TelemetryLib.increment/1}): a dedicated client
     * module, one function per message, keeps the protocol in one place (the XLib/XServer convention). A generic
     * pass-through ({@code GenServer.cast(Server, msg)}) still leaves the messages to its callers.
     */
    private static boolean clientModule(MessageSend s, ProcessModule x, Set<String> senders) {
        return senders.equals(Set.of(s.module())) && s.messageTag() != null && stem(s.module()).equals(stem(x.name()));
    }

    /** {@code Teiserver.Telemetry.TelemetryLib} and {@code Teiserver.Telemetry.TelemetryServer}: one stem. */
    private static String stem(String module) {
        return module.replaceFirst("(Server|Lib|Client|Api|API)$", "");
    }

    private static boolean relevant(MessageSend.Kind k) {
        return k == MessageSend.Kind.GENSERVER_CALL || k == MessageSend.Kind.GENSERVER_CAST || k.agent()
                || k == MessageSend.Kind.SEND || k.genStatem();
    }

    /** Agent calls to an Agent, GenServer calls to a GenServer, sends to any of our process modules. */
    private static boolean speaksProtocol(ProcessModule x, MessageSend.Kind k) {
        Abstraction a = x.abstraction();
        if (k.agent()) {
            return a == Abstraction.AGENT;
        }
        if (k == MessageSend.Kind.SEND) {
            return a == Abstraction.GENSERVER || a == Abstraction.GEN_STATEM || a == Abstraction.AGENT;
        }
        if (k.genStatem()) {
            return a == Abstraction.GEN_STATEM;
        }
        return a == Abstraction.GENSERVER || a == Abstraction.GEN_STATEM;
    }

    private static String message(MessageSend s, ProcessModule x, ProjectFacts project) {
        String call = s.kind().label() + "(" + s.target().text() + ", "
                + (s.kind().agent() ? "fn ..." : CallSiteText.shorten(s.message(), 60)) + ")";
        String where = CallSiteText.where(s.module(), s.function(), s.location());
        Set<String> senders = new TreeSet<>();
        for (MessageSend other : x.sendsToIt()) {
            if (!other.inTest() && other.module() != null && !other.module().equals(x.name())
                    && relevant(other.kind())) {
                senders.add(other.module());
            }
        }
        NameRef name = RegisteredNames.nameOf(x, s.target());
        String registered = name == null ? "" : " (registered as " + name.text() + " at "
                + CallSiteText.at(name.location()) + ")";
        String failure = failure(x, s.kind());
        String spread = senders.size() > 1 ? " " + senders.size() + " modules outside it send it messages directly ("
                + String.join(", ", senders) + "): its protocol is spread over all of them, and a changed message"
                + " shape " + failure + "." : " Its message protocol now lives outside it: nothing in "
                + x.name() + " lists what it accepts, and a changed message shape " + failure + ".";
        String api = suggestion(s, x);
        return call + " in " + where + " talks to the process of " + x.name() + registered
                + " with its private messages." + spread + " " + api;
    }

    /**
     * What a message of a shape X no longer matches does there: a catch-all clause swallows it (the sender's
     * change goes unnoticed), the default {@code handle_info} of {@code use GenServer} only logs it, and a
     * missing clause crashes X.
     */
    private static String failure(ProcessModule x, MessageSend.Kind k) {
        String callback = switch (k) {
            case GENSERVER_CALL -> "handle_call";
            case GENSERVER_CAST -> "handle_cast";
            case SEND -> "handle_info";
            default -> null;
        };
        if (k.agent()) {
            return "crashes it far from the cause";
        }
        if (callback == null || x.abstraction() != Abstraction.GENSERVER) {
            return "fails there, far from the cause";
        }
        List<ClauseSummary> clauses = x.facts().clauses(callback);
        for (ClauseSummary c : clauses) {
            if (c.catchAll()) {
                return "falls into its catch-all clause " + callback + "(" + c.message() + ", ...) at "
                        + CallSiteText.at(c.location()) + (c.ignoresMessage() ? " and is dropped without a trace"
                        : ", far from the cause");
            }
        }
        if (clauses.isEmpty() && k == MessageSend.Kind.SEND) {
            return "is only logged by the default handle_info of use GenServer, and dropped";
        }
        return "crashes it far from the cause";
    }

    private static String suggestion(MessageSend s, ProcessModule x) {
        List<String> api = new ArrayList<>();
        for (FunctionInfo f : x.facts().publicApi()) {
            if (s.messageTag() != null && f.name().equals(s.messageTag())) {
                return "Call " + x.name() + "." + f.key() + " instead, which already wraps this message.";
            }
            api.add(f.key());
        }
        String fn = s.messageTag() != null && s.messageTag().matches("[a-z_][a-zA-Z0-9_]*[?!]?")
                ? s.messageTag() : "a client function";
        return "Add " + (fn.equals("a client function") ? fn : "a public function " + fn) + " to " + x.name()
                + " that sends this message, and call it from " + s.module() + ".";
    }
}
