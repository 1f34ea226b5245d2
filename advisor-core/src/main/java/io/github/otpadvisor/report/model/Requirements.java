package io.github.otpadvisor.report.model;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.ArrayList;
import java.util.List;

/** The "Requirement" section: what a module does at runtime, in one or two sentences, from its facts. */
final class Requirements {
    private static final int MAX_LISTED = 5;

    private Requirements() {
    }

    static String describe(ProcessModule m) {
        return describe(m, null);
    }

    static String describe(ProcessModule m, ProjectFacts project) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.name()).append(" (").append(m.file()).append(':').append(m.facts().location().line())
                .append(") is ").append(article(m.abstraction().label())).append(' ').append(m.abstraction().label());
        String registered = registration(m, project);
        if (registered != null) {
            sb.append(' ').append(registered);
        }
        if (m.app() != null) {
            sb.append(" in the application ").append(m.app());
        }
        sb.append('.');
        List<String> does = new ArrayList<>();
        List<String> api = m.facts().publicApi().stream().map(FunctionInfo::key).toList();
        if (!api.isEmpty()) {
            does.add("offers " + list(api));
        }
        addClauses(does, m, "handle_call", "answers calls ");
        addClauses(does, m, "handle_cast", "takes casts ");
        addClauses(does, m, "handle_info", "handles messages ");
        List<String> tables = m.ownedTables().stream().map(EtsTable::name).toList();
        if (!tables.isEmpty()) {
            does.add("owns the ETS table" + (tables.size() > 1 ? "s " : " ") + list(tables));
        }
        if (!does.isEmpty()) {
            sb.append(" It ").append(joinClauses(does)).append('.');
        }
        return sb.toString();
    }

    /**
     * How its process is really registered: the name its own start call gives; else its own
     * {@code Registry.register} in a callback of its process (a name a children entry passes is ignored by such a
     * start_link); else the first name the project gives it. Null when none is known.
     */
    static String registration(ProcessModule m, ProjectFacts project) {
        for (NameRef n : m.names()) {
            if (m.name().equals(n.owner()) && ownStart(n) && !n.lookup()) {
                return phrase(m, n);
            }
        }
        if (project != null) {
            var file = project.fileOf(m.name()).orElse(null);
            for (NameRef n : file == null ? List.<NameRef>of() : file.names()) {
                if (n.kind() == NameRef.Kind.VIA_REGISTRY && "Registry.register".equals(n.context())
                        && m.name().equals(n.owner()) && ModuleFacts.IN_PROCESS_CALLBACKS.contains(n.function())
                        && n.module() != null && n.key() != null) {
                    return (n.keyIsLiteral() ? "registered in " + n.module() + " under " + n.key().strip()
                            : "registered in " + n.module() + " once per entity, under " + n.key().strip())
                            + " (Registry.register in its " + n.function() + ")";
                }
            }
        }
        for (NameRef n : m.names()) {
            if (!n.lookup()) {
                return phrase(m, n);
            }
        }
        return null;
    }

    private static boolean ownStart(NameRef n) {
        return n.context() != null && (n.context().endsWith(".start_link") || n.context().endsWith(".start"));
    }

    private static String phrase(ProcessModule m, NameRef n) {
        if (n.kind() == NameRef.Kind.VIA_REGISTRY && n.keyIsLiteral() && n.module() != null && n.key() != null) {
            return "registered in " + n.module() + " under " + n.key().strip() + " (a via name)";
        }
        if (n.fixed()) {
            boolean own = n.text().equals("__MODULE__") || n.text().equals(m.name());
            return own ? "registered under its module name" : "registered as " + n.text();
        }
        return n.perEntity() ? "started once per entity as " + n.text() : null;
    }

    private static void addClauses(List<String> does, ProcessModule m, String callback, String verb) {
        List<String> messages = m.facts().clauses(callback).stream().filter(c -> !c.catchAll() && !c.ignoresMessage())
                .map(ClauseSummary::message).filter(s -> s != null).distinct().toList();
        if (!messages.isEmpty()) {
            does.add(verb + list(messages));
        }
    }

    private static String list(List<String> items) {
        List<String> shown = items.size() > MAX_LISTED ? items.subList(0, MAX_LISTED) : items;
        String s = String.join(", ", shown);
        return items.size() > MAX_LISTED ? s + " and " + (items.size() - MAX_LISTED) + " more" : s;
    }

    private static String joinClauses(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join("; ", parts.subList(0, parts.size() - 1)) + "; and " + parts.get(parts.size() - 1);
    }

    private static String article(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
