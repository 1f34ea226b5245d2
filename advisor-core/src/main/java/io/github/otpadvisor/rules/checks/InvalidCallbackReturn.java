package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.ReturnShape;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OTP019: a GenServer callback that returns what gen_server does not take: a bare atom ({@code :noop}), a literal, the
 * {@code :ok} of a call written last ({@code Logger.info(..)}, {@code Enum.each(..)}), or a tuple whose tag the
 * callback has no use for ({@code {:ok, state}} from a {@code handle_info}). The server exits with
 * {@code {:bad_return_value, value}} when that clause runs (read cold at the eighteenth stop: sensocto's
 * BiosenseData server returns Logger.info's {@code :ok} from {@code handle_info(:hello_world, ..)}, evercam's
 * Streamer returns {@code :noop}). Each such return is reported.
 */
@RuleInfo(id = "OTP019", name = "invalid-callback-return", severity = Severity.ERROR,
        summary = "A GenServer callback returns a value gen_server rejects: the server exits with bad_return_value.")
public final class InvalidCallbackReturn implements Rule {
    /** A bare atom, number, string, charlist, list or map: never a callback's answer ({@code :ignore} aside). */
    private static final Pattern LITERAL = Pattern.compile(
            "^(:[A-Za-z_][A-Za-z0-9_@]*[?!]?|nil|true|false|-?[0-9][0-9_]*(\\.[0-9_]+)?|\"[^\"]*\"|'[^']*'|\\[.*\\]|%\\{.*\\})$",
            Pattern.DOTALL);
    /** Calls that return {@code :ok} or a reference, written as the clause's last expression. */
    private static final Pattern OK_CALL = Pattern.compile("^(Logger\\.(debug|info|notice|warn|warning|error|critical"
            + "|alert|emergency|log)|IO\\.(puts|write|warn|binwrite)|GenServer\\.cast|Process\\.send_after"
            + "|Process\\.cancel_timer|Enum\\.each|Phoenix\\.PubSub\\.(broadcast!?|broadcast_from!?|local_broadcast"
            + "|subscribe|unsubscribe))[ (]");
    private static final Set<String> HANDLE = Set.of("handle_call", "handle_cast", "handle_info", "handle_continue");

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (Assessment a : context.productionModules()) {
            ModuleFacts f = a.module().facts();
            if (a.module().abstraction() != Abstraction.GENSERVER) {
                continue;
            }
            for (ClauseSummary c : f.clauses()) {
                if (!HANDLE.contains(c.callback())) {
                    continue;
                }
                for (ReturnShape r : c.returns()) {
                    String why = rejected(c.callback(), r);
                    if (why != null && r.location() != null) {
                        String text = r.text().strip();
                        out.add(CallSiteText.finding(this, r.location(), f.name(), f.name() + "'s " + c.head()
                                + " returns " + text + (why.isEmpty() ? "" : " (" + why + ")") + ", which "
                                + c.callback() + "/" + c.arity() + " may not return: when this clause runs, the"
                                + " server exits with {:bad_return_value, ...} and its supervisor restarts it with"
                                + " its init/1 state. Return " + fix(c, text) + " instead" + (bound(c) ? ""
                                : " (" + BIND + ")") + ".", null));
                    }
                }
            }
            if (f.init() != null) {
                for (ReturnShape r : f.init().returns()) {
                    String text = r.text() == null ? "" : r.text().strip();
                    if (r.location() != null && !text.equals(":ignore") && (LITERAL.matcher(text).matches()
                            || OK_CALL.matcher(text).find())) {
                        out.add(CallSiteText.finding(this, r.location(), f.name(), f.name() + "'s init/1 returns "
                                + text + ", which init/1 may not return: the start fails with {:bad_return_value,"
                                + " ...}. Return {:ok, state}, :ignore or {:stop, reason}.", null));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Why {@code r} is rejected ("" when the value says it), or null when it may be taken: a return built by code
     * whose value is not known here (a helper's result, a variable) is taken.
     */
    private static String rejected(String callback, ReturnShape r) {
        String text = r.text() == null ? "" : r.text().strip();
        if (LITERAL.matcher(text).matches()) {
            return "";
        }
        if (OK_CALL.matcher(text).find()) {
            return text.startsWith("Process.send_after") ? "a timer reference" : "its :ok";
        }
        String tag = r.tag();
        if (tag == null || tag.equals("other") || !text.startsWith("{:")) {
            return null;
        }
        boolean ok = switch (tag) {
            case "noreply", "stop" -> true;
            case "reply" -> callback.equals("handle_call");
            default -> false;
        };
        if (!ok) {
            return callback.equals("handle_call") ? "a {:" + tag + ", ...} tuple, not {:reply, ...}"
                    : "a {:" + tag + ", ...} tuple, not {:noreply, ...}";
        }
        // teiserver's Player.Session: {:stop, :normal} from handle_continue/2, {:reply, {:error, ..}} from a call
        int size = size(text);
        boolean fits = size < 0 || switch (tag) {
            case "noreply" -> size == 2 || size == 3;
            case "reply" -> size == 3 || size == 4;
            default -> size == 3 || size == 4 && callback.equals("handle_call");
        };
        return fits ? null : "a tuple of " + size + ", and {:" + tag + ", ...} takes " + switch (tag) {
            case "noreply" -> "the state (and a timeout, :hibernate or {:continue, ...})";
            case "reply" -> "the reply and the state";
            default -> callback.equals("handle_call") ? "the reason and the state (or the reason, a reply and the"
                    + " state)" : "the reason and the state";
        };
    }

    /** The elements of a tuple written in full ({@code {:stop, :normal}}: 2), or -1 when the text is cut short. */
    private static int size(String text) {
        List<String> e = elements(text);
        return e == null ? -1 : e.size();
    }

    /** The elements of a tuple written in full, as written, or null when the text is cut short or not read. */
    private static List<String> elements(String text) {
        // an interpolation's own quotes, heredocs and clauses are not read: no count rather than a wrong one
        if (!text.startsWith("{") || !text.endsWith("}") || text.endsWith("...}") || text.contains("#{")
                || text.contains("\"\"\"") || text.contains(" -> ")) {
            return null;
        }
        String inner = text.substring(1, text.length() - 1);
        return inner.isBlank() ? List.of() : TopLevel.items(inner, true);
    }

    /**
     * What to return instead, in the clause's own terms: its state variable, the value it meant to reply, the reason it
     * meant to stop with, the call it wrote last kept before the return.
     */
    /** The fix for a call written last: keep the call, return after it. */
    static final String AFTER_CALL = " after the call";
    /** Said when the clause head does not bind its state to a name the fix can use. */
    static final String BIND = "with the state argument bound as state in the clause head";

    private static boolean bound(ClauseSummary c) {
        return c.stateVar() != null && !c.stateVar().startsWith("_");
    }

    static String fix(ClauseSummary c, String text) {
        boolean call = c.callback().equals("handle_call");
        String state = bound(c) ? c.stateVar() : "state";
        String keep = call ? "{:reply, " + (LITERAL.matcher(text).matches() ? text : ":ok") + ", " + state + "}"
                : "{:noreply, " + state + "}";
        if (LITERAL.matcher(text).matches()) {
            return keep;
        }
        if (OK_CALL.matcher(text).find()) {
            return keep + AFTER_CALL;
        }
        List<String> e = elements(text);
        if (e == null || e.isEmpty()) {
            return expected(c.callback());
        }
        String tag = e.get(0);
        if (!call && e.size() == 2 && !tag.equals(":stop")) {
            return "{:noreply, " + e.get(1) + "}";
        }
        if ((tag.equals(":stop") || tag.equals(":reply")) && e.size() == 2) {
            return "{" + tag + ", " + e.get(1) + ", " + state + "}";
        }
        return expected(c.callback());
    }

    private static String expected(String callback) {
        return callback.equals("handle_call") ? "{:reply, reply, state}, {:noreply, state} or {:stop, reason, reply,"
                + " state}" : "{:noreply, state} or {:stop, reason, state}";
    }
}
