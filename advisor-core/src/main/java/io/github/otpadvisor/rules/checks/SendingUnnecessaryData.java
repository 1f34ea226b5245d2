package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Closure;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OTP009: a whole large value ({@code conn}, {@code socket}, a struct, the GenServer {@code state}) copied to
 * another process that uses only some of its fields: captured by a closure given to {@code spawn*} or
 * {@code Task.*}, or put whole in a message whose handler in the project reads only fields of it (Elixir docs
 * "Sending unnecessary data"). Reported on the call; the fix sends less, so the pattern is unchanged (null).
 */
@RuleInfo(id = "OTP009", name = "sending-unnecessary-data", severity = Severity.WARNING,
        summary = "A closure or message copies a whole large value to another process that uses only some fields.")
public final class SendingUnnecessaryData implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        RegisteredNames names = RegisteredNames.of(project);
        for (FileFacts file : project.productionFiles()) {
            for (StartSite s : file.startSites()) {
                String m = startUpOnly(s, file, project) ? null : closureMessage(s);
                if (m != null) {
                    out.add(CallSiteText.finding(this, s.location(), s.module(), m, null));
                }
            }
            for (MessageSend s : file.sends()) {
                String m = sendMessage(s, project, names);
                if (m != null) {
                    out.add(CallSiteText.finding(this, s.location(), s.module(), m, null));
                }
            }
        }
        return out;
    }

    /**
     * The start sits in the {@code handle_info} clause of a message the process only sends itself from
     * {@code init/1} ({@code send(self(), :accept)}): it runs once, on the state {@code init/1} just built, whose
     * collections are still empty.
     */
    private static boolean startUpOnly(StartSite s, FileFacts file, ProjectFacts project) {
        if (!"handle_info/2".equals(s.function()) || s.module() == null) {
            return false;
        }
        ClauseSummary clause = project.processModule(s.module()).stream()
                .flatMap(pm -> pm.facts().clauses("handle_info").stream())
                .filter(c -> c.location().file().equals(s.location().file()) && c.location().line() <= s.location().line())
                .max(java.util.Comparator.comparingInt(c -> c.location().line())).orElse(null);
        if (clause == null || clause.messageTag() == null) {
            return false;
        }
        List<MessageSend> sends = file.sends().stream().filter(x -> s.module().equals(x.module())
                && clause.messageTag().equals(x.messageTag())).toList();
        boolean timer = project.module(s.module()).stream().flatMap(m -> m.signals().stream())
                .anyMatch(x -> (x.kind() == io.github.otpadvisor.facts.Signal.Kind.SEND_AFTER
                        || x.kind() == io.github.otpadvisor.facts.Signal.Kind.TIMER)
                        && x.text().contains(":" + clause.messageTag()));
        return !timer && !sends.isEmpty() && sends.stream().allMatch(x -> x.target().kind() == Target.Kind.SELF
                && "init/1".equals(x.function()));
    }

    private static String closureMessage(StartSite s) {
        if (s.closure() == null || s.inTest() || s.kind() == StartSite.Kind.AGENT_START
                || s.kind() == StartSite.Kind.AGENT_START_LINK || s.kind() == StartSite.Kind.DYNAMIC_START_CHILD) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<String> fix = new ArrayList<>();
        boolean topLevel = false;
        for (Closure.ValueUse v : s.closure().largeValues()) {
            if (!v.onlyFields() || small(v)) {
                continue;
            }
            parts.add(v.variable() + " (" + v.why() + ") whole but reads only " + fieldList(v.variable(), v.fields()));
            for (String f : v.fields()) {
                fix.add(f.substring(f.lastIndexOf('.') + 1) + " = " + v.variable() + "." + f);
                topLevel |= !f.contains(".");
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String where = CallSiteText.where(s.module(), s.function(), s.location());
        return "The function given to " + s.call() + " in " + where + " captures " + String.join(" and ", parts)
                + ": all of it is copied to the new process's heap for " + (fix.size() == 1 ? "one field" : fix.size()
                + " fields") + ". Bind what the process needs to variables before starting it (" + String.join("; ", fix)
                + (topLevel ? ", or the nested value it reads" : "") + ") and use only those inside the fn.";
    }

    /**
     * The size argument does not hold: the value is the module's own state (its struct or the map {@code init/1}
     * builds, so its fields are known) and no field the closure leaves unread holds a collection the module grows:
     * the unread part is a few scalars, pids and settings, as cheap to copy as what it would be narrowed to.
     */
    private static boolean small(Closure.ValueUse v) {
        if (v.shape().isEmpty()) {
            return false;
        }
        return v.shape().stream().filter(f -> !v.topFields().contains(f)).noneMatch(v.growing()::contains);
    }

    private static String sendMessage(MessageSend s, ProjectFacts project, RegisteredNames names) {
        if (s.inTest() || s.largeElements().isEmpty()) {
            return null;
        }
        String callback = switch (s.kind()) {
            case GENSERVER_CALL -> "handle_call";
            case GENSERVER_CAST -> "handle_cast";
            case SEND -> "handle_info";
            default -> null;
        };
        if (callback == null || s.messageTag() == null) {
            return null;
        }
        ProcessModule receiver = receiver(s, project, names);
        if (receiver == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<String> clausesSeen = new ArrayList<>();
        for (MessageSend.LargeElement e : s.largeElements()) {
            Set<String> fields = new LinkedHashSet<>();
            int matching = 0;
            boolean onlyFields = true;
            for (ClauseSummary c : receiver.facts().clauses(callback)) {
                if (!s.messageTag().equals(c.messageTag())) {
                    continue;
                }
                ClauseSummary.ElementUse use = c.messageElements().stream()
                        .filter(u -> u.index() == e.index() && u.size() == e.size()).findFirst().orElse(null);
                if (use == null) {
                    // The clause matches the element with a pattern (or ignores it): cannot tell, stay quiet.
                    onlyFields = false;
                    continue;
                }
                matching++;
                if (!use.onlyFields()) {
                    onlyFields = false;
                } else {
                    fields.addAll(use.fields());
                    clausesSeen.add(c.head() + " at " + CallSiteText.at(c.location()));
                }
            }
            if (matching > 0 && onlyFields) {
                parts.add(fieldList(e.variable(), new ArrayList<>(fields)) + " of " + e.variable());
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String where = CallSiteText.where(s.module(), s.function(), s.location());
        return s.kind().label() + " in " + where + " sends " + CallSiteText.shorten(s.message(), 60) + " to "
                + receiver.name() + ", whose " + String.join(", ", new LinkedHashSet<>(clausesSeen)) + " reads only "
                + String.join(" and ", parts) + ": the whole value is copied into the receiver's mailbox and heap on"
                + " every message. Send only those fields in the message, and match them in the handler.";
    }

    private static ProcessModule receiver(MessageSend s, ProjectFacts project, RegisteredNames names) {
        Target t = s.target();
        if (t.kind() == Target.Kind.SELF) {
            return s.module() == null ? null : project.processModule(s.module()).orElse(null);
        }
        if (t.kind() == Target.Kind.MODULE && t.module() != null && t.module().equals(s.module())) {
            return project.processModule(s.module()).orElse(null);
        }
        return names.owner(t);
    }

    private static String fieldList(String var, List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            out.add(var + "." + f);
        }
        return String.join(", ", out);
    }
}
